package io.statedesk.dapr.workflow;

import io.statedesk.engine.model.StateItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an instance from its records exactly as daprd's LoadWorkflowState reads them: the {@code metadata} record
 * names how many inbox and history entries to read; a missing entry is skipped (daprd warns), a record that is not a
 * HistoryEvent is reported (daprd fails the load). The status follows durabletask's runtime state.
 */
final class WorkflowAssembler {

    private WorkflowAssembler() {
    }

    /**
     * @param metadataKey the instance's {@code metadata} key
     * @param metadata    its item, read as Dapr reads it (present, not expired)
     * @param records     the instance's other records as Dapr's Get sees them, by stored key
     * @param extra       records found under the instance's key prefix, for the ones daprd would not read (may be empty)
     */
    static LoadedWorkflow assemble(WorkflowRecordKey metadataKey, StateItem metadata, Map<String, StateItem> records,
                                   Collection<StateItem> extra) {
        WorkflowActorType type = metadataKey.actorType();
        String id = metadataKey.instanceId();
        List<String> problems = new ArrayList<>();
        WorkflowMetadata lengths;
        try {
            lengths = WorkflowMetadata.decode(metadata.value());
            if (lengths.legacyJson()) {
                problems.add("The metadata record is in the JSON form of Dapr 1.10 to 1.14; daprd 1.16 still reads it.");
            }
        } catch (InvalidWorkflowRecordException e) {
            problems.add("The metadata record cannot be read (" + e.getMessage() + "): daprd cannot load this"
                    + " instance either.");
            lengths = new WorkflowMetadata(0, 0, 0, false);
        }
        Set<String> used = new HashSet<>();
        used.add(metadata.key().stored());
        List<TimelineEntry> history = entries(type, id, WorkflowRecordKey.HISTORY, lengths.historyLength(), records,
                used, problems);
        List<TimelineEntry> inbox = entries(type, id, WorkflowRecordKey.INBOX, lengths.inboxLength(), records, used,
                problems);
        String customKey = WorkflowRecordKey.storedKey(type, id, WorkflowRecordKey.CUSTOM_STATUS);
        StateItem customRecord = records.get(customKey);
        String customStatus = null;
        if (customRecord != null) {
            used.add(customKey);
            try {
                customStatus = WorkflowMetadata.decodeCustomStatus(customRecord.value()).orElse(null);
            } catch (InvalidWorkflowRecordException e) {
                problems.add("The customStatus record cannot be read: " + e.getMessage() + ".");
            }
        }
        List<StateItem> others = new ArrayList<>();
        for (StateItem item : extra) {
            if (!used.contains(item.key().stored())) {
                others.add(item);
            }
        }
        if (!others.isEmpty()) {
            problems.add(others.size() + (others.size() == 1 ? " record" : " records")
                    + " under this instance that daprd does not read (shown raw).");
        }
        WorkflowInstance instance = summarize(type, id, lengths, history, inbox, customStatus, metadata.etag(),
                problems);
        return new LoadedWorkflow(instance, history, inbox, metadata, customRecord, others);
    }

    private static List<TimelineEntry> entries(WorkflowActorType type, String id, String prefix, long length,
                                               Map<String, StateItem> records, Set<String> used,
                                               List<String> problems) {
        List<TimelineEntry> entries = new ArrayList<>();
        int missing = 0;
        for (long i = 0; i < length; i++) {
            String name = WorkflowRecordKey.entryName(prefix, i);
            String stored = WorkflowRecordKey.storedKey(type, id, name);
            WorkflowRecordKey key = new WorkflowRecordKey(stored, type, id, prefix.equals(WorkflowRecordKey.HISTORY)
                    ? WorkflowRecordKey.Kind.HISTORY : WorkflowRecordKey.Kind.INBOX, i, name);
            StateItem record = records.get(stored);
            if (record == null) {
                missing++;
                entries.add(new TimelineEntry(key, null, null, "missing: daprd's loader skips it with a warning"));
                continue;
            }
            used.add(stored);
            try {
                entries.add(new TimelineEntry(key, record, HistoryEventDecoder.decode(record.value()), null));
            } catch (InvalidWorkflowRecordException e) {
                problems.add(name + " is " + e.getMessage() + ": daprd fails to load the instance.");
                entries.add(new TimelineEntry(key, record, null, e.getMessage()));
            }
        }
        if (missing > 0) {
            problems.add(missing + " of " + length + " " + prefix + " records are missing.");
        }
        return entries;
    }

    private static WorkflowInstance summarize(WorkflowActorType type, String id, WorkflowMetadata lengths,
                                              List<TimelineEntry> history, List<TimelineEntry> inbox,
                                              String customStatus, String etag, List<String> problems) {
        DecodedEvent started = null;
        DecodedEvent completed = null;
        boolean suspended = false;
        Instant last = null;
        for (TimelineEntry entry : history) {
            DecodedEvent e = entry.event();
            if (e == null) {
                continue;
            }
            switch (e.kind()) {
                case EXECUTION_STARTED -> started = started == null ? e : started;
                case EXECUTION_COMPLETED -> completed = completed == null ? e : completed;
                case EXECUTION_SUSPENDED -> suspended = true;
                case EXECUTION_RESUMED -> suspended = false;
                default -> {
                }
            }
            if (e.timestamp() != null) {
                last = e.timestamp();
            }
        }
        RuntimeStatus status;
        if (started == null) {
            status = RuntimeStatus.PENDING;
        } else if (completed != null) {
            status = completed.status() == null ? RuntimeStatus.UNKNOWN : completed.status();
        } else {
            status = suspended ? RuntimeStatus.SUSPENDED : RuntimeStatus.RUNNING;
        }
        String name = started != null ? started.name() : pendingName(inbox);
        return new WorkflowInstance(type, id, name, status, started == null ? null : started.timestamp(),
                started == null ? null : last, completed == null ? null : completed.timestamp(),
                lengths.generation(), lengths.inboxLength(), lengths.historyLength(), customStatus,
                completed == null ? null : completed.failure(),
                started == null ? null : started.payload("input").map(Payload::text).orElse(null),
                completed == null ? null : completed.payload("output").map(Payload::text).orElse(null),
                etag, problems);
    }

    /** A pending instance's name is in its inbox's execution-started event. */
    private static String pendingName(List<TimelineEntry> inbox) {
        return inbox.stream().map(TimelineEntry::event).filter(e -> e != null
                && e.kind() == EventKind.EXECUTION_STARTED).map(DecodedEvent::name).findFirst().orElse("");
    }
}
