package io.statedesk.component.model;

/**
 * Where a YAML node sits in its file.
 *
 * @param line       1-based line of the node's first character
 * @param column     1-based column (in code points) of the node's first character
 * @param startIndex char index into the file text (after any byte order mark) where the node starts
 * @param endIndex   char index just past the node; equal to {@code startIndex} for an empty value
 */
public record SourceSpan(int line, int column, int startIndex, int endIndex) {

    /** The position used when nothing more precise is known: the start of the file. */
    public static final SourceSpan FILE_START = new SourceSpan(1, 1, 0, 0);

    public SourceSpan {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based");
        }
        if (startIndex < 0 || endIndex < startIndex) {
            throw new IllegalArgumentException("bad span " + startIndex + ".." + endIndex);
        }
    }

    public static SourceSpan at(int line, int column) {
        return new SourceSpan(line, column, 0, 0);
    }
}
