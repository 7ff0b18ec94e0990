package io.statedesk.ui.conflict;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import io.statedesk.engine.model.StateItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Theirs (re-read just now) against mine (the unsaved edit), line by line. When they deleted the key meanwhile,
 * theirs is empty and overwriting means creating it again.
 */
public final class ConflictViewModel {

    private final String key;
    private final String mine;
    private final Optional<StateItem> theirsItem;
    private final String theirs;
    private final List<DiffLine> lines;

    public ConflictViewModel(String key, String mine, Optional<StateItem> theirsItem, String theirsText) {
        this.key = key;
        this.mine = mine;
        this.theirsItem = theirsItem;
        this.theirs = theirsItem.isPresent() ? theirsText : "";
        this.lines = diff(this.theirs, mine);
    }

    public String key() {
        return key;
    }

    public String mine() {
        return mine;
    }

    public String theirs() {
        return theirs;
    }

    public Optional<StateItem> theirsItem() {
        return theirsItem;
    }

    public boolean deletedMeanwhile() {
        return theirsItem.isEmpty();
    }

    /** Their new ETag: the one an overwrite must be checked against. */
    public Optional<String> theirsEtag() {
        return theirsItem.map(StateItem::etag);
    }

    public String headline() {
        return deletedMeanwhile()
                ? "\"" + key + "\" was deleted by someone else after you opened it."
                : "\"" + key + "\" was changed by someone else after you opened it.";
    }

    /** Both sides aligned: each line is in both, only theirs, or only mine. */
    public List<DiffLine> lines() {
        return lines;
    }

    public long changedLineCount() {
        return lines.stream().filter(line -> line.side() != DiffLine.Side.BOTH).count();
    }

    static List<DiffLine> diff(String theirs, String mine) {
        List<String> left = theirs.isEmpty() ? List.of() : Arrays.asList(theirs.split("\n", -1));
        List<String> right = mine.isEmpty() ? List.of() : Arrays.asList(mine.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(left, right);
        List<DiffLine> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            for (; position < start; position++) {
                out.add(new DiffLine(DiffLine.Side.BOTH, left.get(position)));
            }
            delta.getSource().getLines().forEach(line -> out.add(new DiffLine(DiffLine.Side.THEIRS, line)));
            delta.getTarget().getLines().forEach(line -> out.add(new DiffLine(DiffLine.Side.MINE, line)));
            position = start + delta.getSource().size();
        }
        for (; position < left.size(); position++) {
            out.add(new DiffLine(DiffLine.Side.BOTH, left.get(position)));
        }
        return List.copyOf(out);
    }

    /** One line of the unified view. */
    public record DiffLine(Side side, String text) {
        public enum Side { BOTH, THEIRS, MINE }
    }
}
