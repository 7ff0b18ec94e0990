package io.statedesk.ui.actors;

import io.statedesk.dapr.actors.ReminderRecord;
import io.statedesk.dapr.actors.StoredReminderView;

/**
 * One line of the reminder table: a record, or one reminder of a list.
 *
 * @param record   the record
 * @param reminder one of its reminders, or null for the record's own line
 */
public record ReminderRow(ReminderRecord record, StoredReminderView reminder) {

    public String key() {
        return record.storedKey();
    }

    public String kind() {
        return record.kind().label();
    }

    public String actor() {
        return reminder == null ? record.actorType() : reminder.actorType() + " / " + reminder.actorId();
    }

    public String description() {
        if (reminder == null) {
            return record.summary();
        }
        StringBuilder text = new StringBuilder(reminder.name());
        if (!reminder.dueTime().isEmpty()) {
            text.append(" · due ").append(reminder.dueTime());
        }
        if (!reminder.period().isEmpty()) {
            text.append(" · every ").append(reminder.period());
        }
        if (!reminder.registeredTime().isEmpty()) {
            text.append(" · registered ").append(reminder.registeredTime());
        }
        if (!reminder.expirationTime().isEmpty()) {
            text.append(" · expires ").append(reminder.expirationTime());
        }
        if (!reminder.data().isEmpty()) {
            text.append(" · data ").append(reminder.data());
        }
        return text.toString();
    }
}
