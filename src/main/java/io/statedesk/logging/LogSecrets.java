package io.statedesk.logging;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a log line must never show. Values: every credential and resolved secret of a component this process has
 * prepared (registered where they are gathered for the messages, {@code Redactions.of}), for the life of the
 * process, since a library may quote one from any thread later. Patterns: the shapes credentials take in text
 * (a secret key, session token or password after its name, a request signature), whatever produced them.
 */
public final class LogSecrets {

    /** Shorter values would be replaced inside ordinary words and hide nothing worth hiding. */
    private static final int MIN_LENGTH = 4;
    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    private static final Pattern NAMED = Pattern.compile("(?i)(aws_secret_access_key|secret_?access_?key|secret_?key"
            + "|aws_session_token|session_?token|x-amz-security-token|password|passwd|client_?secret"
            + "|access_?token|refresh_?token|bearer)(\"?\\s*[:=]\\s*\"?|\\s+)([^\\s\",;&'}]+)");
    private static final Pattern SIGNATURE = Pattern.compile("(Signature=)[0-9a-fA-F]{16,}");
    private static final String HIDDEN = "<secret>";

    private LogSecrets() {
    }

    /** Adds values to hide from every log line from now on. */
    public static void hide(List<String> values) {
        values.stream().filter(v -> v != null && v.strip().length() >= MIN_LENGTH).forEach(value -> {
            VALUES.add(value);
            requestForm(value).ifPresent(VALUES::add);
        });
    }

    /** The AWS SDK's debug lines describe a request's address as "host=H, port=P": an endpoint's parts apart. */
    private static Optional<String> requestForm(String value) {
        try {
            URI uri = new URI(value);
            return uri.getHost() == null || uri.getPort() < 0 ? Optional.empty()
                    : Optional.of("host=" + uri.getHost() + ", port=" + uri.getPort());
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    /** The text with every known secret value and every credential-shaped text replaced by {@code <secret>}. */
    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        if (!VALUES.isEmpty()) {
            // longest first, so that a value containing another is replaced whole
            for (String value : VALUES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
                out = out.replace(value, HIDDEN);
            }
        }
        out = NAMED.matcher(out).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + match.group(2)
                + HIDDEN));
        return SIGNATURE.matcher(out).replaceAll("$1" + HIDDEN);
    }
}
