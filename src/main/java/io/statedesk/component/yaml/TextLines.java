package io.statedesk.component.yaml;

/** Line arithmetic on the file text, for inserting and removing whole lines. */
final class TextLines {

    private TextLines() {
    }

    static int lineStart(String text, int index) {
        int i = Math.min(index, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /** Index just past the line break ending the line that holds {@code index} (or the text's end). */
    static int nextLineStart(String text, int index) {
        int nl = text.indexOf('\n', index);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** The end of the last line in [start, end) that holds something other than blanks and a comment. */
    static int endOfLastContentLine(String text, int start, int end) {
        int lineStart = lineStart(text, Math.max(start, end - 1));
        int cursor = end;
        while (lineStart >= start) {
            String line = text.substring(lineStart, Math.min(cursor, nextLineStart(text, lineStart)));
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return nextLineStart(text, lineStart);
            }
            if (lineStart == 0) {
                break;
            }
            cursor = lineStart;
            lineStart = lineStart(text, lineStart - 1);
        }
        return nextLineStart(text, start);
    }

    static int column(String text, int index) {
        return index - lineStart(text, index);
    }

    static String lineBreak(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    static String spaces(int n) {
        return " ".repeat(Math.max(0, n));
    }

    /** The length of the whitespace and line breaks at the end of [start, end). */
    static int trailingBlank(String text, int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return end - i;
    }

    /** Whether a line holds only blanks or a comment. */
    static boolean isBlankOrComment(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    /** A line break to put before lines inserted at {@code at} when the text there ends without one. */
    static String ensureFinalBreak(String text, int at, String eol) {
        return at == text.length() && !text.isEmpty() && !text.endsWith("\n") ? eol : "";
    }
}
