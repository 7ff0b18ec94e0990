package io.statedesk.component.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one rule for "local", shared by the window and the command line (decision 0018): an endpoint is local when its
 * host is {@code localhost}, an IP literal in the loopback range, or a name the user marked local in the settings.
 * Nothing is inferred from the text of a name: {@code 127.attacker.example} and {@code localstack.prod.example.com}
 * are ordinary hosts.
 *
 * @param markedHosts host names (lower case) the user declared local; matched whole, never as part of a name
 */
public record LocalEndpoints(Set<String> markedHosts) {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d"
            + "|1\\d\\d|[1-9]?\\d)){3}");

    public LocalEndpoints {
        markedHosts = markedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Only localhost and loopback literals are local. */
    public static LocalEndpoints loopbackOnly() {
        return new LocalEndpoints(Set.of());
    }

    public EndpointKind kind(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return EndpointKind.REAL_AWS;
        }
        String host = EndpointKind.host(endpoint.strip());
        if (host == null) {
            return EndpointKind.OTHER;
        }
        if (isLoopback(host) || markedHosts.contains(host)) {
            return EndpointKind.LOCAL;
        }
        if (host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn") || host.endsWith(".api.aws")
                || host.equals("amazonaws.com")) {
            return EndpointKind.REAL_AWS;
        }
        return EndpointKind.OTHER;
    }

    public boolean isLocal(String endpoint) {
        return kind(endpoint) == EndpointKind.LOCAL;
    }

    /** {@code localhost}, or an IPv4 or IPv6 literal in the loopback range; decided without any DNS lookup. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost")) {
            return true;
        }
        boolean literal = IPV4.matcher(h).matches() || (h.contains(":") && h.matches("[0-9a-f:.]+"));
        if (!literal) {
            return false;
        }
        try {
            // A literal is parsed, never looked up.
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
