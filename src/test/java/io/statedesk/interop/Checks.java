package io.statedesk.interop;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Field-by-field comparisons for one section of the report. Every comparison is recorded (equal or not); the test
 * fails at {@link #assertAllEqual()} with the list of differences, so one run shows every difference at once.
 */
final class Checks {

    static final String DAPR_TO_STATEDESK = "Dapr writes → both read";
    static final String STATEDESK_TO_DAPR = "StateDesk writes → both read";
    static final String BOTH = "interleaved";
    static final String SAME_INPUT = "same request on both sides";

    private final String section;
    private final List<InteropReport.Row> differences = new ArrayList<>();

    Checks(String section, String intro) {
        this.section = section;
        InteropReport.introduce(section, intro);
    }

    /** Records one field; equal when both texts are equal. */
    boolean same(String direction, String subject, String operation, String field, String dapr, String stateDesk) {
        return record(direction, subject, operation, field, dapr, stateDesk, Objects.equals(dapr, stateDesk));
    }

    /** Records one field with an equality decided by the caller (for example a message that extends Dapr's). */
    boolean record(String direction, String subject, String operation, String field, String dapr, String stateDesk,
            boolean equal) {
        InteropReport.Row row = new InteropReport.Row(section, direction, subject, operation, field, dapr, stateDesk,
                equal);
        InteropReport.add(row);
        if (!equal) {
            synchronized (differences) {
                differences.add(row);
            }
        }
        return equal;
    }

    /** Value bytes: equal when byte for byte equal; shown as text when short UTF-8, else as hex and a digest. */
    boolean sameBytes(String direction, String subject, String operation, byte[] dapr, byte[] stateDesk) {
        boolean equal = dapr == null ? stateDesk == null : stateDesk != null && java.util.Arrays.equals(dapr,
                stateDesk);
        return record(direction, subject, operation, "data bytes", show(dapr), show(stateDesk), equal);
    }

    void assertAllEqual() {
        synchronized (differences) {
            if (differences.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder(differences.size() + " difference(s) in \"" + section + "\":");
            for (InteropReport.Row row : differences) {
                text.append("\n- ").append(row.subject()).append(" / ").append(row.operation()).append(" / ")
                        .append(row.field()).append(": Dapr ").append(row.dapr()).append(", StateDesk ")
                        .append(row.stateDesk());
            }
            throw new AssertionError(text.toString());
        }
    }

    /** How a value appears in the report: {@code nil}, UTF-8 text as is, or hex; long values with a digest. */
    static String show(byte[] bytes) {
        if (bytes == null) {
            return "nil";
        }
        String text = utf8(bytes);
        if (text != null && bytes.length <= 60 && text.codePoints().noneMatch(Character::isISOControl)) {
            return "text: " + text + " (" + bytes.length + " B)";
        }
        int shown = Math.min(bytes.length, 12);
        String hex = HexFormat.ofDelimiter(" ").formatHex(bytes, 0, shown);
        return "hex " + hex + (shown < bytes.length ? " …" : "") + " (" + bytes.length + " B"
                + (bytes.length > 60 ? ", sha256 " + sha256(bytes).substring(0, 12) : "")
                + (text == null ? ", not UTF-8" : "") + ")";
    }

    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String orNil(Object value) {
        return value == null ? "nil" : value.toString();
    }
}
