package io.statedesk.ui.common;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Two texts line by line, as one unified list: each line is in both, only the old text, or only the new one. */
public final class LineDiff {

    /** One line of the unified view. */
    public record Line(Side side, String text) {
        public enum Side { BOTH, OLD, NEW }
    }

    private LineDiff() {
    }

    public static List<Line> of(String oldText, String newText) {
        List<String> left = oldText.isEmpty() ? List.of() : Arrays.asList(oldText.split("\n", -1));
        List<String> right = newText.isEmpty() ? List.of() : Arrays.asList(newText.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(left, right);
        List<Line> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            for (; position < start; position++) {
                out.add(new Line(Line.Side.BOTH, left.get(position)));
            }
            delta.getSource().getLines().forEach(line -> out.add(new Line(Line.Side.OLD, line)));
            delta.getTarget().getLines().forEach(line -> out.add(new Line(Line.Side.NEW, line)));
            position = start + delta.getSource().size();
        }
        for (; position < left.size(); position++) {
            out.add(new Line(Line.Side.BOTH, left.get(position)));
        }
        return List.copyOf(out);
    }

    public static long changed(List<Line> lines) {
        return lines.stream().filter(line -> line.side() != Line.Side.BOTH).count();
    }
}
