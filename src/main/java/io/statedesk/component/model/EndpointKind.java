package io.statedesk.component.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a component's {@code endpoint} points, decided from the text alone (no DNS): the window and the command
 * line open anything but a local endpoint read-only by default. {@link LocalEndpoints} holds the rule.
 */
public enum EndpointKind {
    /** No endpoint (the SDK's regional AWS endpoint) or an AWS host. */
    REAL_AWS,
    /** {@code localhost}, a loopback IP literal, or a host the user marked local in the settings. */
    LOCAL,
    /** Some other host: a proxy, a tunnel, a private address. Treated like AWS for safety. */
    OTHER;

    /** The kind by the default rule: only {@code localhost} and loopback IP literals are local. */
    public static EndpointKind of(String endpoint) {
        return LocalEndpoints.loopbackOnly().kind(endpoint);
    }

    /**
     * The endpoint as a URI when it is an http(s) address with a port on this computer by its text alone: the host
     * is {@code localhost} or a loopback IP literal. Empty for anything else.
     */
    public static java.util.Optional<URI> loopbackUri(String endpoint) {
        if (endpoint == null) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = new URI(endpoint.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String h = host(uri.toString());
            boolean loopback = h != null && LocalEndpoints.isLoopback(h);
            if ((scheme.equals("http") || scheme.equals("https")) && loopback && uri.getPort() > 0
                    && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
                return java.util.Optional.of(uri);
            }
            return java.util.Optional.empty();
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    static String host(String endpoint) {
        try {
            String withScheme = endpoint.contains("://") ? endpoint : "http://" + endpoint;
            String h = new URI(withScheme).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
