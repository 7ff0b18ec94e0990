package io.statedesk.compare;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.model.StateItem;
import io.statedesk.search.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Two values side by side, line against line (java-diff-utils' row generator). JSON is shown indented with its keys
 * in alphabetical order on both sides, so that key order and whitespace never show as a difference; binary values as
 * a hex dump.
 */
public final class ValueDiff {

    /** One line of each side; a side without this line holds "". */
    public record Row(Tag tag, String left, String right) {
        public enum Tag { EQUAL, CHANGE, INSERT, DELETE }
    }

    private static final int HEX_BYTES_PER_LINE = 16;
    private static final int MAX_HEX_LINES = 4096;

    private ValueDiff() {
    }

    /** @param left or right null for a side without the key */
    public static List<Row> rows(StateItem left, EncryptionSetup leftKeys, StateItem right, EncryptionSetup rightKeys) {
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(false)
                .ignoreWhiteSpaces(false)
                // the default normaliser escapes HTML and turns tabs into spaces: the view shows text as it is
                .lineNormalizer(line -> line)
                .build();
        List<DiffRow> rows = generator.generateDiffRows(lines(left, leftKeys), lines(right, rightKeys));
        List<Row> out = new ArrayList<>(rows.size());
        for (DiffRow row : rows) {
            out.add(new Row(Row.Tag.valueOf(row.getTag().name()), row.getOldLine(), row.getNewLine()));
        }
        return List.copyOf(out);
    }

    /** How many rows differ. */
    public static long changed(List<Row> rows) {
        return rows.stream().filter(row -> row.tag() != Row.Tag.EQUAL).count();
    }

    /** The lines a side shows: sorted, indented JSON; text; a hex dump; or a note. */
    static List<String> lines(StateItem item, EncryptionSetup keys) {
        if (item == null) {
            return List.of();
        }
        ValueText value = ValueText.of(item, keys);
        return switch (value.kind()) {
            case NONE -> List.of("(no value)");
            case ENCRYPTED -> List.of("(encrypted; the component's keys are not at hand)",
                    new String(item.value(), java.nio.charset.StandardCharsets.US_ASCII));
            case BINARY -> hex(value.plain());
            case TEXT -> {
                String pretty = CanonicalJson.prettySorted(value.text());
                yield Arrays.asList((pretty != null ? pretty : value.text()).split("\r?\n", -1));
            }
        };
    }

    private static List<String> hex(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += HEX_BYTES_PER_LINE) {
            if (lines.size() == MAX_HEX_LINES) {
                lines.add("… " + (bytes.length - offset) + " more bytes; base64 of all: "
                        + Base64.getEncoder().encodeToString(bytes));
                break;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%08x ", offset));
            for (int i = offset; i < Math.min(bytes.length, offset + HEX_BYTES_PER_LINE); i++) {
                line.append(String.format(Locale.ROOT, " %02x", bytes[i] & 0xff));
            }
            lines.add(line.toString());
        }
        return lines.isEmpty() ? List.of("(empty)") : lines;
    }
}
