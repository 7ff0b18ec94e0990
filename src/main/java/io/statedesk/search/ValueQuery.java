package io.statedesk.search;

import io.statedesk.engine.scan.ScanRequest;
import java.util.Locale;

/**
 * What a value search looks for: a text the value contains, a JSON query on the decoded value, or both (then both
 * must hold).
 *
 * @param contains   a text the value must contain, or null; compared with the stored text (a JSON value's escapes
 *                   included), case-sensitive unless {@code ignoreCase}
 * @param ignoreCase compare {@code contains} without regard to case; DynamoDB cannot, so the filter then runs here only
 * @param where      a JMESPath expression the value (JSON) must satisfy, or null
 */
public record ValueQuery(String contains, boolean ignoreCase, JsonQuery where) {

    /** How one value fares. */
    public enum Verdict { MATCH, NO_MATCH, BINARY, ENCRYPTED, NOT_JSON, NO_VALUE }

    public ValueQuery {
        contains = contains == null || contains.isEmpty() ? null : contains;
        if (contains == null && where == null) {
            throw new InvalidQueryException("a value search needs a text to find or a JSON query");
        }
    }

    public static ValueQuery containing(String text, boolean ignoreCase) {
        return new ValueQuery(text, ignoreCase, null);
    }

    public static ValueQuery where(String jmesPath) {
        return new ValueQuery(null, false, JsonQuery.compile(jmesPath));
    }

    /**
     * The scan that serves this search: when a case-sensitive text is given, DynamoDB drops the S values without it
     * before they are sent (it still reads, and charges, every item).
     */
    public ScanRequest narrow(ScanRequest request) {
        ScanRequest full = request.keysOnly(false);
        return contains != null && !ignoreCase ? full.withTextContains(contains) : full;
    }

    /** Judges one value. */
    public Verdict test(ValueText value) {
        switch (value.kind()) {
            case NONE:
                return Verdict.NO_VALUE;
            case ENCRYPTED:
                return Verdict.ENCRYPTED;
            case BINARY:
                return Verdict.BINARY;
            default:
                break;
        }
        String text = value.text();
        if (contains != null && !(ignoreCase ? text.toLowerCase(Locale.ROOT).contains(contains.toLowerCase(Locale.ROOT))
                : text.contains(contains))) {
            return Verdict.NO_MATCH;
        }
        if (where == null) {
            return Verdict.MATCH;
        }
        var json = JsonQuery.parse(text);
        if (json == null) {
            return Verdict.NOT_JSON;
        }
        return where.matches(json) ? Verdict.MATCH : Verdict.NO_MATCH;
    }

    /** For status lines: {@code values containing "pending"}, {@code values where status == 'pending'}. */
    public String describe() {
        StringBuilder text = new StringBuilder("values");
        if (contains != null) {
            text.append(" containing \"").append(contains).append('"').append(ignoreCase ? " (any case)" : "");
        }
        if (where != null) {
            text.append(contains != null ? " and" : "").append(" where ").append(where.expression());
        }
        return text.toString();
    }
}
