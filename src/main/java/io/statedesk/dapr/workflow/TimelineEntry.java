package io.statedesk.dapr.workflow;

import io.statedesk.engine.model.StateItem;
import java.util.Optional;

/**
 * One inbox or history entry of an instance, with the record behind it.
 *
 * @param key     the record's key (as daprd names it from the metadata's lengths)
 * @param record  the stored item, or null when daprd's loader would not find it (it warns and skips it)
 * @param event   the decoded event, or null when the record is missing or is not a HistoryEvent
 * @param problem why there is no event, or null
 */
public record TimelineEntry(WorkflowRecordKey key, StateItem record, DecodedEvent event, String problem) {

    public Optional<StateItem> recordIfPresent() {
        return Optional.ofNullable(record);
    }

    public Optional<DecodedEvent> eventIfDecoded() {
        return Optional.ofNullable(event);
    }
}
