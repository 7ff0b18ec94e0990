package io.statedesk.ui.search;

import io.statedesk.search.InvalidQueryException;
import io.statedesk.search.ValueQuery;
import io.statedesk.ui.keys.KeyTableViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The key table's search field: in {@link SearchMode#KEYS} it filters the loaded keys as the user types (as before);
 * in the value modes Enter runs a scan whose results stream into the key table, through the tab's scan, so the
 * question about the cost of a scan on AWS is asked as for any scan.
 */
public final class SearchBarViewModel {

    // ---- state ----
    private final ObjectProperty<SearchMode> mode = new SimpleObjectProperty<>(SearchMode.KEYS);
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(true);
    private final StringProperty problem = new SimpleStringProperty("");

    private final KeyTableViewModel keys;
    private final Runnable scan;

    /** @param scan the tab's scan (asks before scanning a table that is not local) */
    public SearchBarViewModel(KeyTableViewModel keys, Runnable scan) {
        this.keys = keys;
        this.scan = scan;
        text.addListener((obs, old, now) -> {
            problem.set("");
            if (!mode.get().readsValues()) {
                keys.containsProperty().set(now == null ? "" : now);
            }
        });
        mode.addListener((obs, old, now) -> modeChanged(old, now));
    }

    public ObjectProperty<SearchMode> modeProperty() {
        return mode;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** For the value text: case-sensitive (DynamoDB filters before sending) or any case (filtered here). */
    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    /** Why the search did not run, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public boolean searching() {
        return keys.searchProperty().get() != null;
    }

    // ---- commands ----

    /**
     * Enter: in the key filter, looks the typed text up as an exact stored key (one GetItem, not a scan); in the
     * value modes runs the value search, and an empty field lists every key again.
     */
    public void apply() {
        String typed = text.get() == null ? "" : text.get();
        if (!mode.get().readsValues()) {
            if (!typed.isBlank()) {
                keys.lookUp(typed.strip());
            }
            return;
        }
        if (typed.isBlank()) {
            clear();
            return;
        }
        ValueQuery query;
        try {
            query = mode.get() == SearchMode.VALUE_TEXT ? ValueQuery.containing(typed, !matchCase.get())
                    : ValueQuery.where(typed);
        } catch (InvalidQueryException invalid) {
            problem.set(invalid.getMessage());
            keys.showProblem("The search did not run: " + invalid.getMessage());
            return;
        }
        problem.set("");
        keys.searchProperty().set(query);
        scan.run();
    }

    /** Ends a value search: every key is listed again. */
    public void clear() {
        text.set("");
        if (searching()) {
            keys.searchProperty().set(null);
            scan.run();
        }
    }

    /** A key filter means nothing as a value search and the other way round: crossing over starts afresh. */
    private void modeChanged(SearchMode old, SearchMode now) {
        problem.set("");
        if (old != null && old.readsValues() != now.readsValues()) {
            text.set("");
        }
        keys.containsProperty().set("");
        if (!now.readsValues() && searching()) {
            keys.searchProperty().set(null);
            scan.run();
        }
    }
}
