package io.statedesk.component.yaml;

import io.statedesk.component.model.SourceSpan;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns SnakeYAML marks of one document (0-based, counted in code points from the document's start) into
 * {@link SourceSpan}s of the whole file (1-based lines and columns, char indices usable on the file text).
 */
final class NodePositions {

    private final int chunkStart;
    private final int firstLine;
    private final int[] codePointToChar;

    NodePositions(String chunkText, int chunkStart, int firstLine) {
        this.chunkStart = chunkStart;
        this.firstLine = firstLine;
        this.codePointToChar = hasSurrogates(chunkText) ? table(chunkText) : null;
    }

    SourceSpan span(Node node) {
        return span(node.getStartMark(), node.getEndMark());
    }

    SourceSpan span(Mark start, Mark end) {
        int s = chunkStart + toChar(start.getIndex());
        int e = chunkStart + toChar(end.getIndex());
        return new SourceSpan(firstLine + start.getLine(), start.getColumn() + 1, s, Math.max(s, e));
    }

    SourceSpan point(Mark mark) {
        return span(mark, mark);
    }

    private int toChar(int codePointIndex) {
        if (codePointToChar == null) {
            return codePointIndex;
        }
        return codePointToChar[Math.min(codePointIndex, codePointToChar.length - 1)];
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] table(String text) {
        int count = text.codePointCount(0, text.length());
        int[] map = new int[count + 1];
        int c = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            map[c++] = i;
        }
        map[count] = text.length();
        return map;
    }
}
