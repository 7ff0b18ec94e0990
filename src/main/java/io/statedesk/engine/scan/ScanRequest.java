package io.statedesk.engine.scan;

/**
 * A browse scan.
 *
 * @param keyPrefix     only stored keys beginning with this text (a server-side {@code begins_with}); null or empty
 *                      for all
 * @param keysOnly      leave out the {@code value} attribute: cheap key listing
 * @param segments      parallel scan segments (1 to 16)
 * @param pageSize      items per request (DynamoDB's Limit)
 * @param resumeFrom    where an earlier scan stopped, or null to start at the beginning
 * @param textContains  null or empty for no value filter; otherwise DynamoDB returns only the items whose value is a
 *                      string (S) containing this text (case-sensitive, a server-side {@code contains}) and every
 *                      item whose value is not a string (B, N, none), which DynamoDB cannot search as text: the
 *                      caller looks at those itself. The filter saves transfer and decoding, not read units:
 *                      DynamoDB charges a scan for what it reads before filtering.
 * @param namesOnly     with {@code keysOnly}: read the key attribute alone (no ETag, no TTL), for a listing that
 *                      prints key names; items come back without ETag and TTL
 */
public record ScanRequest(String keyPrefix, boolean keysOnly, int segments, int pageSize, ResumeToken resumeFrom,
        String textContains, boolean namesOnly) {

    public static final int DEFAULT_SEGMENTS = 4;
    public static final int DEFAULT_PAGE_SIZE = 1000;

    public ScanRequest {
        if (segments < 1 || segments > 16) {
            throw new IllegalArgumentException("segments must be 1 to 16, was " + segments);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive, was " + pageSize);
        }
        textContains = textContains == null || textContains.isEmpty() ? null : textContains;
        if (namesOnly && !keysOnly) {
            throw new IllegalArgumentException("namesOnly is a kind of keysOnly scan");
        }
    }

    public ScanRequest(String keyPrefix, boolean keysOnly, int segments, int pageSize, ResumeToken resumeFrom,
            String textContains) {
        this(keyPrefix, keysOnly, segments, pageSize, resumeFrom, textContains, false);
    }

    /** A scan without a value filter. */
    public ScanRequest(String keyPrefix, boolean keysOnly, int segments, int pageSize, ResumeToken resumeFrom) {
        this(keyPrefix, keysOnly, segments, pageSize, resumeFrom, null);
    }

    public static ScanRequest all() {
        return new ScanRequest(null, false, DEFAULT_SEGMENTS, DEFAULT_PAGE_SIZE, null);
    }

    public static ScanRequest withPrefix(String prefix) {
        return new ScanRequest(prefix, false, DEFAULT_SEGMENTS, DEFAULT_PAGE_SIZE, null);
    }

    public ScanRequest keysOnly(boolean value) {
        return new ScanRequest(keyPrefix, value, segments, pageSize, resumeFrom, textContains, value && namesOnly);
    }

    /** The same scan reading the key attribute alone: what a listing of key names needs. */
    public ScanRequest withNamesOnly() {
        return new ScanRequest(keyPrefix, true, segments, pageSize, resumeFrom, textContains, true);
    }

    /** The same scan with this many segments. */
    public ScanRequest withSegments(int count) {
        return new ScanRequest(keyPrefix, keysOnly, count, pageSize, resumeFrom, textContains, namesOnly);
    }

    /** The same scan with {@link #textContains()} set (null or empty removes it). */
    public ScanRequest withTextContains(String text) {
        return new ScanRequest(keyPrefix, keysOnly, segments, pageSize, resumeFrom, text, namesOnly);
    }
}
