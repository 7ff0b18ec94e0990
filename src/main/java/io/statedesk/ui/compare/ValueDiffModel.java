package io.statedesk.ui.compare;

import io.statedesk.compare.ValueDiff;
import io.statedesk.engine.model.StateItem;
import io.statedesk.session.ErrorText;
import io.statedesk.ui.common.TaskRunner;
import io.statedesk.session.StoreSession;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Two values side by side: reads both keys now (strongly consistent) and lines them up with java-diff-utils, JSON with
 * its keys in order so that key order and layout are no difference.
 */
public final class ValueDiffModel {

    private final ObservableList<ValueDiff.Row> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty leftTitle = new SimpleStringProperty("");
    private final StringProperty rightTitle = new SimpleStringProperty("");
    private final TaskRunner runner;
    private long generation;

    public ValueDiffModel(TaskRunner runner) {
        this.runner = runner;
    }

    public ObservableList<ValueDiff.Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty leftTitleProperty() {
        return leftTitle;
    }

    public ReadOnlyStringProperty rightTitleProperty() {
        return rightTitle;
    }

    /** Reads the two keys (either may be null: that side has none) and shows them side by side. */
    public void show(StoreSession left, String leftKey, StoreSession right, String rightKey) {
        long mine = ++generation;
        leftTitle.set(leftKey == null ? "(no key)" : leftKey);
        rightTitle.set(rightKey == null ? "(no key)" : rightKey);
        summary.set("Reading both values…");
        runner.run(() -> {
            Optional<StateItem> a = leftKey == null ? Optional.empty() : left.store().browse(leftKey);
            Optional<StateItem> b = rightKey == null ? Optional.empty() : right.store().browse(rightKey);
            return ValueDiff.rows(a.orElse(null), left.encryption(), b.orElse(null), right.encryption());
        }, found -> {
            if (mine != generation) {
                return;
            }
            rows.setAll(found);
            long changed = ValueDiff.changed(found);
            summary.set(changed == 0 ? "The values are the same (JSON compared as JSON)."
                    : changed + (changed == 1 ? " line differs" : " lines differ") + " (JSON keys in alphabetical "
                    + "order on both sides, so key order and layout are no difference).");
        }, failure -> {
            if (mine == generation) {
                rows.clear();
                summary.set("Cannot read the values: " + ErrorText.of(failure));
            }
        });
    }

    public void clear() {
        generation++;
        rows.clear();
        summary.set("");
        leftTitle.set("");
        rightTitle.set("");
    }
}
