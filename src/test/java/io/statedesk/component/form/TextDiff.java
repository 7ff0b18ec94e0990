package io.statedesk.component.form;

import java.util.ArrayList;
import java.util.List;

/** Line comparisons for "only this value changed" assertions. */
public final class TextDiff {

    private TextDiff() {
    }

    /** 1-based numbers of the lines that differ, for texts with the same number of lines. */
    public static List<Integer> differingLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        if (a.size() != b.size()) {
            throw new AssertionError("Line counts differ: " + a.size() + " before, " + b.size() + " after:\n" + after);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** The text without its 1-based line {@code n}. */
    public static String withoutLine(String text, int n) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.remove(n - 1);
        return String.join("\n", lines) + "\n";
    }
}
