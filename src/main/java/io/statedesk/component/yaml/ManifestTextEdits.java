package io.statedesk.component.yaml;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.SourceSpan;
import io.statedesk.component.model.ValueStyle;
import java.util.List;
import java.util.Locale;

/**
 * The text edits behind {@link ComponentFileEditor}'s structural changes: replacing a whole metadata item (to switch
 * between value, secretKeyRef and envRef), renaming an item, and setting {@code metadata.name},
 * {@code metadata.namespace}, {@code auth.secretStore} and {@code scopes}. Each touches only the characters of what
 * changed; the editor re-reads the result and refuses it unless it reads back as intended.
 */
final class ManifestTextEdits {

    private ManifestTextEdits() {
    }

    /** Replaces the last item of this exact name with the same name and a new value source. */
    static String replaceItem(String text, ComponentManifest c, String itemName, ItemValue value) {
        MetadataItem item = c.item(itemName).orElseThrow(() -> new IllegalStateException("No item " + itemName));
        SourceSpan s = item.itemSpan();
        if (text.charAt(s.startIndex()) == '{') {
            return text.substring(0, s.startIndex()) + value.flow(item.name())
                    + text.substring(s.endIndex());
        }
        String eol = TextLines.lineBreak(text);
        int keyColumn = TextLines.column(text, s.startIndex());
        int end = TextLines.endOfLastContentLine(text, s.startIndex(), s.endIndex());
        List<String> lines = value.blockLines(item.name());
        StringBuilder out = new StringBuilder(lines.get(0)).append(eol);
        for (String line : lines.subList(1, lines.size())) {
            out.append(TextLines.spaces(keyColumn)).append(line).append(eol);
        }
        return text.substring(0, s.startIndex()) + out + text.substring(end);
    }

    /** Renames the last item called {@code from}, keeping its quoting. */
    static String renameItem(String text, ComponentManifest c, String from, String to) {
        MetadataItem item = c.item(from).orElseThrow(() -> new IllegalStateException("No item " + from));
        return replaceScalar(text, item.nameSpan(), to);
    }

    /**
     * Sets {@code metadata.name}, {@code metadata.namespace} or {@code auth.secretStore}; an empty value removes
     * the key (and an {@code auth} block left empty).
     */
    static String setManifestScalar(String text, ComponentManifest c, String path, String value) {
        int dot = path.indexOf('.');
        String parent = path.substring(0, dot);
        String key = path.substring(dot + 1);
        SourceSpan valueSpan = c.spans().get(path);
        if (valueSpan != null) {
            return value.isEmpty() ? removeKey(text, c, parent, key, valueSpan)
                    : replaceScalar(text, valueSpan, value);
        }
        if (value.isEmpty()) {
            return text;
        }
        SourceSpan mapping = c.spans().get(parent + ".value");
        if (mapping != null) {
            return insertIntoMapping(text, mapping, key, value);
        }
        String eol = TextLines.lineBreak(text);
        SourceSpan document = c.span("document");
        int column = TextLines.column(text, document.startIndex());
        String block = TextLines.spaces(column) + parent + ":" + eol + TextLines.spaces(column + 2) + key + ": "
                + ItemValue.scalar(value) + eol;
        SourceSpan spec = c.spans().get("spec");
        int at = parent.equals("metadata") && spec != null ? TextLines.lineStart(text, spec.startIndex())
                : TextLines.endOfLastContentLine(text, document.startIndex(), document.endIndex());
        return text.substring(0, at) + TextLines.ensureFinalBreak(text, at, eol) + block + text.substring(at);
    }

    /** Writes {@code scopes} as a block list in place of the old one; an empty list removes the key. */
    static String setScopes(String text, ComponentManifest c, List<String> scopes) {
        String eol = TextLines.lineBreak(text);
        SourceSpan key = c.spans().get("scopes");
        SourceSpan document = c.span("document");
        int column = TextLines.column(text, key != null ? key.startIndex() : document.startIndex());
        StringBuilder block = new StringBuilder();
        if (!scopes.isEmpty()) {
            block.append(TextLines.spaces(column)).append("scopes:").append(eol);
            scopes.forEach(s -> block.append(TextLines.spaces(column)).append("- ").append(ItemValue.scalar(s))
                    .append(eol));
        }
        if (key == null) {
            int at = TextLines.endOfLastContentLine(text, document.startIndex(), document.endIndex());
            return scopes.isEmpty() ? text : text.substring(0, at) + TextLines.ensureFinalBreak(text, at, eol) + block
                    + text.substring(at);
        }
        int start = TextLines.lineStart(text, key.startIndex());
        int end = TextLines.endOfLastContentLine(text, key.startIndex(), endOfBlock(text, key.startIndex(), column));
        return text.substring(0, start) + block + text.substring(end);
    }

    /**
     * Where the block under a key at {@code column} ends: the first later line indented no deeper that is no list
     * entry.
     */
    private static int endOfBlock(String text, int keyStart, int column) {
        int line = TextLines.nextLineStart(text, keyStart);
        while (line < text.length()) {
            int next = TextLines.nextLineStart(text, line);
            String content = text.substring(line, next);
            if (content.startsWith("---") || content.startsWith("...")) {
                return line;
            }
            if (!TextLines.isBlankOrComment(content)) {
                int indent = content.length() - content.stripLeading().length();
                String rest = content.stripLeading();
                boolean entry = indent == column && (rest.startsWith("- ") || rest.strip().equals("-"));
                if (indent < column || indent == column && !entry) {
                    return line;
                }
            }
            line = next;
        }
        return text.length();
    }

    private static String replaceScalar(String text, SourceSpan span, String value) {
        int start = span.startIndex();
        int end = span.endIndex();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String rendered = YamlScalars.render(value, styleAt(text, start, end));
        if (start == end && start > 0 && text.charAt(start - 1) == ':') {
            rendered = " " + rendered;
        }
        return text.substring(0, start) + rendered + text.substring(end);
    }

    private static ValueStyle styleAt(String text, int start, int end) {
        if (start == end) {
            return ValueStyle.PLAIN;
        }
        return switch (text.charAt(start)) {
            case '"' -> ValueStyle.DOUBLE_QUOTED;
            case '\'' -> ValueStyle.SINGLE_QUOTED;
            default -> ValueStyle.PLAIN;
        };
    }

    private static String insertIntoMapping(String text, SourceSpan mapping, String key, String value) {
        String entry = key + ": " + ItemValue.scalar(value);
        if (text.charAt(mapping.startIndex()) == '{') {
            int close = text.lastIndexOf('}', mapping.endIndex() - 1);
            int at = close;
            while (at > mapping.startIndex() + 1 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            boolean empty = at == mapping.startIndex() + 1;
            return text.substring(0, at) + (empty ? "" : ", ") + entry + text.substring(at);
        }
        String eol = TextLines.lineBreak(text);
        int column = TextLines.column(text, mapping.startIndex());
        int at = TextLines.endOfLastContentLine(text, mapping.startIndex(), mapping.endIndex());
        return text.substring(0, at) + TextLines.ensureFinalBreak(text, at, eol) + TextLines.spaces(column) + entry
                + eol
                + text.substring(at);
    }

    private static String removeKey(String text, ComponentManifest c, String parent, String key, SourceSpan value) {
        SourceSpan mapping = c.spans().get(parent + ".value");
        if (mapping != null && text.charAt(mapping.startIndex()) == '{') {
            return removeFromFlow(text, value, key);
        }
        SourceSpan parentKey = c.spans().get(parent);
        if (mapping != null && parentKey != null && contentLines(text, mapping) == 1 && !parent.equals("metadata")) {
            int start = TextLines.lineStart(text, parentKey.startIndex());
            int end = TextLines.endOfLastContentLine(text, parentKey.startIndex(), mapping.endIndex());
            return text.substring(0, start) + text.substring(end);
        }
        int start = TextLines.lineStart(text, value.startIndex());
        String line = text.substring(start, TextLines.nextLineStart(text, start)).strip().toLowerCase(Locale.ROOT);
        if (!line.startsWith(key.toLowerCase(Locale.ROOT) + ":")) {
            throw new IllegalStateException("`" + parent + "." + key + "` is not on a line of its own; remove it by"
                    + " hand");
        }
        return text.substring(0, start) + text.substring(TextLines.nextLineStart(text,
                Math.max(start, value.endIndex() - 1)));
    }

    private static int contentLines(String text, SourceSpan span) {
        return (int) text.substring(span.startIndex(), span.endIndex()).lines()
                .filter(l -> !TextLines.isBlankOrComment(l)).count();
    }

    private static String removeFromFlow(String text, SourceSpan value, String key) {
        int keyStart = value.startIndex();
        while (keyStart > 0 && text.charAt(keyStart - 1) != ',' && text.charAt(keyStart - 1) != '{') {
            keyStart--;
        }
        while (keyStart < value.startIndex() && Character.isWhitespace(text.charAt(keyStart))) {
            keyStart++;
        }
        int end = value.endIndex();
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after < text.length() && text.charAt(after) == ',') {
            after++;
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            return text.substring(0, keyStart) + text.substring(after);
        }
        int before = keyStart;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        if (before > 0 && text.charAt(before - 1) == ',') {
            before--;
        }
        return text.substring(0, before) + text.substring(end);
    }
}
