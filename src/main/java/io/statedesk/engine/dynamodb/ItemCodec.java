package io.statedesk.engine.dynamodb;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item layout of daprd's DynamoDB component (spec section 2): writes exactly the key, {@code value},
 * {@code etag} and, when asked for, the TTL attribute; reads every layout daprd has ever written.
 */
final class ItemCodec {

    static final String VALUE = "value";
    static final String ETAG = "etag";

    private final StoreConfig config;

    ItemCodec(StoreConfig config) {
        this.config = config;
    }

    /** The whole item a Set (or a transactional Put) writes. */
    Map<String, AttributeValue> toItem(SetRequest request, String newEtag, Instant now) {
        requireStorableKey(request.key());
        AttributeValue value = toValue(request);
        Long ttl = ttlEpochSeconds(request, now);
        Map<String, AttributeValue> item = new HashMap<>(8);
        item.put(config.partitionKey(), AttributeValue.fromS(request.key()));
        item.put(VALUE, value);
        item.put(ETAG, AttributeValue.fromS(newEtag));
        if (ttl != null) {
            item.put(config.ttlAttributeName(), AttributeValue.fromN(Long.toString(ttl)));
        }
        return item;
    }

    /** The key map of a GetItem or DeleteItem. */
    Map<String, AttributeValue> keyOf(String key) {
        requireStorableKey(key);
        return Map.of(config.partitionKey(), AttributeValue.fromS(key));
    }

    private static AttributeValue toValue(SetRequest request) {
        byte[] bytes = request.value();
        return switch (request.storage()) {
            case B -> AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(bytes));
            case S -> AttributeValue.fromS(decodeUtf8(request.key(), bytes));
            case N -> throw new InvalidRequestException(request.key(), "dynamodb error: failed to marshal value for key "
                    + request.key() + ": Dapr never writes a value as a DynamoDB number (N); save it as S or B");
        };
    }

    /**
     * An S value must be valid UTF-8. Decoding with replacement (what the Go SDK and Java's String constructor do)
     * would write U+FFFD instead of the bytes, the corruption of dapr/dapr#9082; so invalid input is refused.
     */
    private static String decodeUtf8(String key, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new InvalidRequestException(key, String.format("dynamodb error: failed to marshal value for key %s: "
                    + "the value is not valid UTF-8 (byte 0x%02x at offset %d), and a DynamoDB S attribute can only "
                    + "hold text: save it as B (binary) to keep its bytes", key, bytes[offset] & 0xff, offset));
        }
        return out.flip().toString();
    }

    /** A key must be text DynamoDB can store: a lone UTF-16 surrogate would be sent as '?'. */
    static void requireStorableKey(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < key.length() && Character.isLowSurrogate(key.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidRequestException(key, "the key contains an unpaired UTF-16 surrogate at index " + i
                        + ", which is not text DynamoDB can store: correct the key");
            }
        }
    }

    /**
     * daprd's parseTTL: only with a TTL attribute configured and a non-empty {@code ttlInSeconds}; Go's ParseInt;
     * now truncated to seconds plus the TTL, with Go's wrap-around on overflow.
     */
    Long ttlEpochSeconds(SetRequest request, Instant now) {
        String text = request.ttlInSeconds();
        if (config.ttlAttributeName() == null || text == null || text.isEmpty()) {
            return null;
        }
        long seconds;
        try {
            seconds = GoStrconv.parseInt64(text);
        } catch (GoStrconv.NumberSyntaxException e) {
            throw new InvalidRequestException(request.key(), "dynamodb error: failed to parse ttlInSeconds: "
                    + e.getMessage() + " (key " + request.key() + ": ttlInSeconds must be a whole number of seconds)");
        }
        long nowSeconds = now.getEpochSecond();
        long lowest = MIN_EXPIRY_EPOCH - nowSeconds;
        long highest = MAX_EXPIRY_EPOCH - nowSeconds;
        // daprd adds without a check and wraps around (a huge TTL becomes an expiry in the past): refused instead.
        if (seconds < lowest || seconds > highest) {
            throw new InvalidRequestException(request.key(), "ttlInSeconds " + text + " for key " + request.key()
                    + " is out of range: the expiry must fall between 1970-01-01 and 9999-12-31, so right now "
                    + "ttlInSeconds must be from " + lowest + " to " + highest + " (about "
                    + (highest / 31_556_952L) + " years); nothing was written");
        }
        return nowSeconds + seconds;
    }

    /** The expiry instants a TTL may produce: 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z, as epoch seconds. */
    static final long MIN_EXPIRY_EPOCH = 0L;
    static final long MAX_EXPIRY_EPOCH = 253_402_300_799L;

    /**
     * Reads an item. With {@code strict} (Dapr's Get) a value or TTL that daprd cannot read is an error, with
     * daprd's text; otherwise (browsing) the item comes back with {@link StateItem#problem()} saying why.
     */
    StateItem read(Map<String, AttributeValue> raw, Instant now, boolean strict) {
        AttributeValue keyAttribute = raw.get(config.partitionKey());
        String stored = keyAttribute == null || keyAttribute.s() == null ? "" : keyAttribute.s();
        StateKey key = StateKey.parse(stored, config.keyPrefix());
        String problem = null;

        byte[] value = null;
        Storage storage = null;
        AttributeValue rawValue = raw.get(VALUE);
        if (rawValue != null) {
            switch (rawValue.type()) {
                case B -> {
                    // StateItem copies the bytes; the response's own array is not kept.
                    value = rawValue.b().asByteArrayUnsafe();
                    storage = Storage.B;
                }
                case S -> {
                    value = rawValue.s().getBytes(StandardCharsets.UTF_8);
                    storage = Storage.S;
                }
                case N -> {
                    value = rawValue.n().getBytes(StandardCharsets.US_ASCII);
                    storage = Storage.N;
                }
                case NUL -> {
                    // Go decodes NULL into a nil []byte: no data.
                }
                case L, NS -> {
                    value = goBytesOfNumbers(rawValue);
                    if (value != null) {
                        storage = Storage.B;
                    } else {
                        problem = unsupportedValue(stored, rawValue);
                    }
                }
                default -> problem = unsupportedValue(stored, rawValue);
            }
        }

        Long ttl = null;
        boolean expired = false;
        if (config.ttlAttributeName() != null) {
            AttributeValue rawTtl = raw.get(config.ttlAttributeName());
            if (rawTtl != null) {
                String ttlProblem = null;
                switch (rawTtl.type()) {
                    case N -> {
                        try {
                            ttl = GoStrconv.parseInt64(rawTtl.n());
                        } catch (GoStrconv.NumberSyntaxException e) {
                            ttlProblem = e.getMessage();
                        }
                    }
                    // Go decodes NULL into int64 zero, which lies in the past: the item reads as expired.
                    case NUL -> ttl = 0L;
                    default -> ttlProblem = "unmarshal failed, cannot unmarshal " + goTypeName(rawTtl)
                            + " into Go value type int64";
                }
                if (ttlProblem != null) {
                    problem = firstOf(problem, "TTL attribute " + config.ttlAttributeName() + " of key " + stored
                            + ": " + ttlProblem + " (Dapr's Get fails for this item; DynamoDB only honours a TTL "
                            + "stored as a number of epoch seconds)");
                }
                expired = ttl != null && ttl <= now.getEpochSecond();
            }
        }

        String etagProblem = null;
        String etag = null;
        AttributeValue rawEtag = raw.get(ETAG);
        if (rawEtag != null) {
            switch (rawEtag.type()) {
                case S -> etag = rawEtag.s();
                case N -> etag = rawEtag.n();
                // Go decodes NULL into the zero string, and Dapr's Get then returns a pointer to it: ETag "".
                case NUL -> etag = "";
                default -> etagProblem = ("etag attribute of key " + stored + ": unmarshal failed, "
                        + "cannot unmarshal " + goTypeName(rawEtag) + " into Go value type string");
            }
        }

        // daprd checks in this order: value, TTL (an expired item is absent before its etag is read), etag.
        if (strict && problem != null) {
            throw new InvalidRequestException(stored, problem);
        }
        if (strict && etagProblem != null && !expired) {
            throw new InvalidRequestException(stored, etagProblem);
        }
        problem = firstOf(problem, etagProblem);
        boolean valueSizeKnown = rawValue != null && (rawValue.type() == AttributeValue.Type.S
                || rawValue.type() == AttributeValue.Type.B);
        int size = valueSizeKnown ? ItemSize.of(raw, VALUE, value.length) : ItemSize.of(raw);
        return new StateItem(key, value, value != null, storage, etag, ttl, expired, size, problem);
    }

    private static String unsupportedValue(String stored, AttributeValue rawValue) {
        return "dynamodb error: failed to unmarshal value for key " + stored
                + ": unsupported attribute value type *types.AttributeValueMember" + rawValue.type()
                + " (Dapr's Get fails for this item: save a new value to repair it)";
    }

    /**
     * What Dapr's Get makes of a list or number set: Go's attributevalue decodes it into {@code []byte} element by
     * element, each N through {@code strconv.ParseUint(n, 10, 64)} into a byte (so decimal digits only, at most 255),
     * a NULL element as 0; any other element fails, and so does the fallback to a Go string, so Dapr reports the type
     * as unsupported (null here). An empty list is empty data. Seen running components-contrib v1.16.5 (L [104, 105]
     * reads as {@code hi}); no Dapr version writes such values, other tools might.
     */
    static byte[] goBytesOfNumbers(AttributeValue value) {
        List<AttributeValue> elements = value.type() == AttributeValue.Type.NS
                ? value.ns().stream().map(AttributeValue::fromN).toList()
                : value.l();
        byte[] bytes = new byte[elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            AttributeValue element = elements.get(i);
            if (element.type() == AttributeValue.Type.NUL) {
                bytes[i] = 0;
                continue;
            }
            if (element.type() != AttributeValue.Type.N) {
                return null;
            }
            int parsed = parseByte(element.n());
            if (parsed < 0) {
                return null;
            }
            bytes[i] = (byte) parsed;
        }
        return bytes;
    }

    /** Go's ParseUint(n, 10, 64) limited to a byte: the value, or -1 when Go would fail. */
    private static int parseByte(String number) {
        if (number.isEmpty()) {
            return -1;
        }
        int result = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
            if (result > 255) {
                return -1;
            }
        }
        return result;
    }

    private static String firstOf(String existing, String next) {
        return existing != null ? existing : next;
    }

    /**
     * The words Go's attributevalue decoder (v1.19.3) uses for a type in its UnmarshalTypeError, whose text is
     * {@code unmarshal failed, cannot unmarshal <type> into Go value type <go type>}.
     */
    private static String goTypeName(AttributeValue value) {
        return switch (value.type()) {
            case S -> "string";
            case B -> "binary";
            case BOOL -> "bool";
            case L -> "list";
            case M -> "map";
            case SS -> "string set";
            case NS -> "number set";
            case BS -> "binary set";
            case N -> "number";
            default -> String.valueOf(value.type());
        };
    }
}
