package io.statedesk.component.yaml;

import io.statedesk.component.model.ValueStyle;
import java.util.regex.Pattern;

/**
 * Writes a text value as a YAML scalar that every YAML reader (SnakeYAML here, go-yaml v2 in daprd) reads back as
 * exactly that text: plain when nothing in it could be read otherwise, else quoted. The style the file already
 * used is kept where it can hold the value.
 */
public final class YamlScalars {

    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final Pattern NULL_OR_BOOL = Pattern.compile(
            "~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(\\.?[0-9]|\\.(inf|Inf|INF|nan|NaN|NAN)$).*|[-+]?0[xob].*|=|<<");

    private YamlScalars() {
    }

    /** The scalar to write for {@code value}, preferring the given style. */
    public static String render(String value, ValueStyle preferred) {
        if (preferred == ValueStyle.DOUBLE_QUOTED) {
            return doubleQuoted(value);
        }
        if (preferred == ValueStyle.SINGLE_QUOTED && fitsSingleQuotes(value)) {
            return singleQuoted(value);
        }
        return isSafePlain(value) ? value : doubleQuoted(value);
    }

    /** Whether {@code value} can be written unquoted, in block and flow context alike, and read back unchanged. */
    public static boolean isSafePlain(String value) {
        if (value.isEmpty() || !value.strip().equals(value)) {
            return false;
        }
        if (INDICATORS.indexOf(value.charAt(0)) >= 0 || value.startsWith("---") || value.startsWith("...")) {
            return false;
        }
        if (NULL_OR_BOOL.matcher(value).matches() || NUMBER_LIKE.matcher(value).matches()) {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || c == ',' || c == '[' || c == ']' || c == '{' || c == '}'
                    || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    static boolean fitsSingleQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return false;
            }
        }
        return !value.isEmpty() && value.strip().equals(value);
    }

    static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String doubleQuoted(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\u0085' -> sb.append("\\N");
                case '\u2028' -> sb.append("\\L");
                case '\u2029' -> sb.append("\\P");
                case '\uFEFF' -> sb.append("\\uFEFF");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\x%02X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
