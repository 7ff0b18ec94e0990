package io.statedesk.component.model;

import io.statedesk.logging.LogSecrets;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The texts a front end must never print: credentials and every value resolved from a secret or environment
 * reference. Any message shown to the user passes through {@link #apply}, so that even a library's error text that
 * happens to quote one (an endpoint in "Connect to host:port failed") shows a placeholder instead.
 */
public final class Redactions {

    /** Shorter texts would be replaced inside ordinary words ("1", "us") and hide nothing worth hiding. */
    static final int MIN_LENGTH = 4;
    private static final Redactions NONE = new Redactions(List.of());

    private final List<String> hidden;

    private Redactions(List<String> hidden) {
        this.hidden = hidden;
    }

    public static Redactions none() {
        return NONE;
    }

    public static Redactions of(List<Secret> values) {
        Redactions redactions = new Redactions(values.stream().map(Secret::reveal).filter(Objects::nonNull)
                .flatMap(Redactions::withUrlParts)
                .filter(v -> v.length() >= MIN_LENGTH).distinct()
                // longest first, so that a value containing another is replaced whole
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
        // The log file hides them too, from any thread and any library, for the life of the process.
        LogSecrets.hide(redactions.hidden);
        return redactions;
    }

    /** A URL is also quoted without its scheme ("Connect to host:port failed"): those parts are hidden too. */
    private static Stream<String> withUrlParts(String value) {
        try {
            URI uri = new URI(value.strip());
            if (uri.getHost() == null) {
                return Stream.of(value);
            }
            String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                    : uri.getHost();
            return Stream.of(value, value.strip(), uri.getRawAuthority(), host);
        } catch (URISyntaxException e) {
            return Stream.of(value);
        }
    }

    /** The text with every hidden value replaced by {@code <secret>}. */
    public String apply(String text) {
        if (text == null || hidden.isEmpty()) {
            return text;
        }
        String out = text;
        for (String value : hidden) {
            out = out.replace(value, "<secret>");
        }
        return out;
    }

    @Override
    public String toString() {
        return "Redactions[" + hidden.size() + " values]";
    }
}
