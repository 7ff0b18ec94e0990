package io.statedesk.component.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file into documents the way daprd's disk loader does: at every {@code "\n---"}, dropping the rest of that
 * separator line. So a line starting {@code ---} always ends a document, and anything after {@code ---} on the
 * same line is lost (we report that). Each document is then parsed on its own, as daprd parses it, so a syntax
 * error in one document does not hide the others.
 */
final class DocumentSplitter {

    /**
     * One document's text range.
     *
     * @param start          char index of the first character
     * @param end            char index just past the last character
     * @param firstLine      1-based line number of {@code start}
     * @param droppedText    text after {@code ---} on the separator line that opened this document, or ""
     * @param separatorLine  1-based line of that separator, or 0 for the first document
     */
    record Chunk(int start, int end, int firstLine, String droppedText, int separatorLine) {
    }

    private static final String SEPARATOR = "\n---";

    private DocumentSplitter() {
    }

    static List<Chunk> split(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        int line = 1;
        String dropped = "";
        int separatorLine = 0;
        while (true) {
            int sep = text.indexOf(SEPARATOR, start);
            if (sep < 0) {
                chunks.add(new Chunk(start, text.length(), line, dropped, separatorLine));
                return chunks;
            }
            chunks.add(new Chunk(start, sep, line, dropped, separatorLine));
            int lineStartAfterSep = sep + 1;
            line += countLines(text, start, lineStartAfterSep);
            separatorLine = line;
            int afterDashes = lineStartAfterSep + 3;
            int newline = text.indexOf('\n', afterDashes);
            int lineEnd = newline < 0 ? text.length() : newline;
            dropped = text.substring(afterDashes, lineEnd).strip();
            if (newline < 0) {
                chunks.add(new Chunk(text.length(), text.length(), line, dropped, separatorLine));
                return chunks;
            }
            start = newline + 1;
            line += 1;
        }
    }

    private static int countLines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
