package io.statedesk.dapr.actors;

import io.statedesk.engine.model.StateItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one scan found of Dapr's actor machinery: actor state by type, the reminder records older daprd versions left,
 * and transactional outbox markers.
 *
 * @param types     actor types with their actors, by app then type
 * @param reminders reminder records, decoded; stale unless SchedulerReminders is off (see {@link ReminderRecord#STALE_NOTE})
 * @param outbox    {@code outbox-<uuid>} markers: publishes in flight, or ones that failed
 */
public record ActorsOverview(List<ActorTypeView> types, List<ReminderRecord> reminders, List<StateItem> outbox) {

    public ActorsOverview {
        types = List.copyOf(types);
        reminders = List.copyOf(reminders);
        outbox = List.copyOf(outbox);
    }

    /** Builds the overview from scanned items; other keys are ignored. */
    public static ActorsOverview of(Iterable<StateItem> items) {
        Map<String, Map<String, List<ActorStateEntry>>> byType = new TreeMap<>();
        List<ReminderRecord> reminders = new ArrayList<>();
        List<StateItem> outbox = new ArrayList<>();
        for (StateItem item : items) {
            String stored = item.key().stored();
            DaprKeyKind kind = DaprKeyKind.of(stored);
            switch (kind) {
                case ACTOR_STATE, WORKFLOW -> {
                    String[] parts = stored.split("\\|\\|", 4);
                    byType.computeIfAbsent(parts[0] + "||" + parts[1], k -> new TreeMap<>())
                            .computeIfAbsent(parts[2], k -> new ArrayList<>())
                            .add(new ActorStateEntry(parts[3], item));
                }
                case REMINDER_LIST, REMINDER_METADATA, REMINDER_PARTITION, REMINDER_TRACK -> {
                    Optional<ReminderRecord> decoded = item.hasValue()
                            ? ReminderDecoder.decode(stored, item.value()) : Optional.empty();
                    decoded.ifPresent(reminders::add);
                }
                case OUTBOX -> outbox.add(item);
                default -> {
                }
            }
        }
        List<ActorTypeView> types = new ArrayList<>();
        byType.forEach((appAndType, actors) -> {
            int cut = appAndType.indexOf("||");
            String type = appAndType.substring(cut + 2);
            List<ActorView> views = new ArrayList<>();
            actors.forEach((id, entries) -> {
                entries.sort(Comparator.comparing(ActorStateEntry::key));
                views.add(new ActorView(id, entries));
            });
            types.add(new ActorTypeView(appAndType.substring(0, cut), type, type.startsWith("dapr.internal."), views));
        });
        reminders.sort(Comparator.comparing(ReminderRecord::storedKey));
        outbox.sort(Comparator.comparing(i -> i.key().stored()));
        return new ActorsOverview(types, reminders, outbox);
    }
}
