package io.statedesk.ui.keys;

import java.util.function.Predicate;

/** The tree's selection as a filter: null parts match anything. */
public record KeyFilter(String app, String actorType, String actorId) implements Predicate<KeyRow> {

    public static final KeyFilter ALL = new KeyFilter(null, null, null);

    @Override
    public boolean test(KeyRow row) {
        String rowApp = row.app().isEmpty() ? KeyGroups.NO_APP : row.app();
        return (app == null || app.equals(rowApp))
                && (actorType == null || actorType.equals(row.actorType()))
                && (actorId == null || actorId.equals(row.actorId()));
    }
}
