package io.statedesk.component.yaml;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.MetadataItem;
import io.statedesk.component.model.SourceSpan;
import io.statedesk.component.model.ValueStyle;

/** Works out where and how a new metadata item goes, following the indentation the file already uses. */
final class ItemInserter {

    private final String text;
    private final ComponentManifest component;
    private final String eol;

    ItemInserter(String text, ComponentManifest component) {
        this.text = text;
        this.component = component;
        this.eol = TextLines.lineBreak(text);
    }

    String insert(String name, String value) {
        String n = YamlScalars.render(name, ValueStyle.PLAIN);
        String v = YamlScalars.render(value, ValueStyle.PLAIN);
        SourceSpan list = component.spans().get("spec.metadata.value");
        if (list != null && text.charAt(list.startIndex()) == '[') {
            return intoFlowList(list, n, v);
        }
        if (!component.metadata().isEmpty()) {
            return afterLastItem(component.metadata().get(component.metadata().size() - 1), n, v);
        }
        SourceSpan key = component.spans().get("spec.metadata");
        if (key != null) {
            int column = TextLines.column(text, key.startIndex());
            int at = TextLines.nextLineStart(text, key.startIndex());
            return insertAt(at, block(column, column + 2, n, v));
        }
        SourceSpan spec = component.spans().get("spec.value");
        if (spec == null) {
            throw new IllegalStateException("Component " + component.name() + " has no `spec` mapping to add to");
        }
        int column = TextLines.column(text, spec.startIndex());
        int at = TextLines.endOfLastContentLine(text, spec.startIndex(), spec.endIndex());
        return insertAt(at, TextLines.spaces(column) + "metadata:" + eol + block(column, column + 2, n, v));
    }

    private String afterLastItem(MetadataItem last, String n, String v) {
        SourceSpan item = last.itemSpan();
        int dash = item.startIndex() - 1;
        while (dash > 0 && text.charAt(dash) != '-') {
            dash--;
        }
        int dashColumn = TextLines.column(text, dash);
        int keyColumn = text.charAt(item.startIndex()) == '{' ? dashColumn + 2 : TextLines.column(text, item.startIndex());
        int at = TextLines.endOfLastContentLine(text, item.startIndex(), item.endIndex());
        return insertAt(at, block(dashColumn, keyColumn, n, v));
    }

    private String intoFlowList(SourceSpan list, String n, String v) {
        int close = list.endIndex() - 1;
        while (close > list.startIndex() && text.charAt(close) != ']') {
            close--;
        }
        boolean empty = text.substring(list.startIndex() + 1, close).isBlank();
        String entry = (empty ? "" : ", ") + "{name: " + n + ", value: " + v + "}";
        int at = close;
        while (!empty && at > list.startIndex() && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return text.substring(0, at) + entry + text.substring(at);
    }

    private String block(int dashColumn, int keyColumn, String n, String v) {
        return TextLines.spaces(dashColumn) + "-" + TextLines.spaces(keyColumn - dashColumn - 1) + "name: " + n + eol
                + TextLines.spaces(keyColumn) + "value: " + v + eol;
    }

    private String insertAt(int at, String lines) {
        String prefix = at == text.length() && !text.isEmpty() && !text.endsWith("\n") ? eol : "";
        return text.substring(0, at) + prefix + lines + text.substring(at);
    }
}
