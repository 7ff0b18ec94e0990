package io.statedesk.ui.componentform;

/** Line arithmetic on a file's text, for edits that insert or remove whole lines. */
final class Lines {

    private Lines() {
    }

    static int lineStart(String text, int index) {
        int i = Math.min(index, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    static int nextLineStart(String text, int index) {
        int nl = text.indexOf('\n', index);
        return nl < 0 ? text.length() : nl + 1;
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

    /** Whether a line holds only blanks or a comment. */
    static boolean isBlankOrComment(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    /**
     * The index just past the last line in [start, end) that holds more than blanks and a comment (only the part
     * of a line before {@code end} counts); the line of {@code start} counts even when it holds nothing else.
     */
    static int endOfLastContentLine(String text, int start, int end) {
        int stop = Math.min(end, text.length());
        int line = lineStart(text, Math.max(start, stop - 1));
        int first = lineStart(text, start);
        while (line > first) {
            int next = nextLineStart(text, line);
            if (!isBlankOrComment(text.substring(line, Math.min(next, stop)))) {
                return next;
            }
            stop = line;
            line = lineStart(text, line - 1);
        }
        return nextLineStart(text, start);
    }

    /** The text with a line break added when it does not end with one (before appending lines). */
    static String ensureFinalBreak(String text, int at, String eol) {
        return at == text.length() && !text.isEmpty() && !text.endsWith("\n") ? eol : "";
    }
}
