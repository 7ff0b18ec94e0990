package io.statedesk.ui.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts keys by app, then actor type, then actor id, as rows arrive; {@link #snapshot()} gives the tree to show.
 * Adding is constant time, so a 100,000-key scan can update it page by page.
 */
final class KeyGroups {

    static final String NO_APP = "(no app id)";

    private final Map<String, AppCount> apps = new TreeMap<>();
    private long total;

    void add(KeyRow row) {
        total++;
        String app = row.app().isEmpty() ? NO_APP : row.app();
        AppCount appCount = apps.computeIfAbsent(app, ignored -> new AppCount());
        appCount.count++;
        if (!row.actorType().isEmpty()) {
            ActorTypeCount type = appCount.actorTypes.computeIfAbsent(row.actorType(), ignored -> new ActorTypeCount());
            type.count++;
            type.actorIds.merge(row.actorId(), 1L, Long::sum);
        }
    }

    void remove(KeyRow row) {
        String app = row.app().isEmpty() ? NO_APP : row.app();
        AppCount appCount = apps.get(app);
        if (appCount == null) {
            return;
        }
        total--;
        if (--appCount.count == 0) {
            apps.remove(app);
            return;
        }
        if (!row.actorType().isEmpty()) {
            ActorTypeCount type = appCount.actorTypes.get(row.actorType());
            if (type != null && --type.count == 0) {
                appCount.actorTypes.remove(row.actorType());
            } else if (type != null) {
                type.actorIds.computeIfPresent(row.actorId(), (id, n) -> n == 1 ? null : n - 1);
            }
        }
    }

    void clear() {
        apps.clear();
        total = 0;
    }

    KeyGroup snapshot() {
        List<KeyGroup> appNodes = new ArrayList<>();
        apps.forEach((app, appCount) -> {
            List<KeyGroup> typeNodes = new ArrayList<>();
            appCount.actorTypes.forEach((type, typeCount) -> {
                List<KeyGroup> idNodes = new ArrayList<>();
                typeCount.actorIds.forEach((id, n) ->
                        idNodes.add(new KeyGroup(id, n, new KeyFilter(app, type, id), List.of())));
                typeNodes.add(new KeyGroup(type, typeCount.count, new KeyFilter(app, type, null), idNodes));
            });
            appNodes.add(new KeyGroup(app, appCount.count, new KeyFilter(app, null, null), typeNodes));
        });
        return new KeyGroup("All keys", total, KeyFilter.ALL, appNodes);
    }

    private static final class AppCount {
        long count;
        final Map<String, ActorTypeCount> actorTypes = new TreeMap<>();
    }

    private static final class ActorTypeCount {
        long count;
        final Map<String, Long> actorIds = new TreeMap<>();
    }
}
