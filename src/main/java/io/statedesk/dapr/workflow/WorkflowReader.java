package io.statedesk.dapr.workflow;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Finds and loads workflow instances through the engine, reading what daprd's loader reads. */
public final class WorkflowReader {

    private final StateStore store;

    public WorkflowReader(StateStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Lists every instance in one scan of the table (or of one app's keys): an instance is a {@code metadata} record
     * with a value, as in daprd; expired records count as absent, as daprd's Get sees them.
     *
     * @param appId   only this app's workflows (a server-side key prefix), or null for every app
     * @param control cancels the scan, or null
     */
    public WorkflowListing list(String appId, ScanControl control) {
        String prefix = appId == null || appId.isEmpty() ? null
                : appId + WorkflowRecordKey.SEPARATOR + WorkflowActorType.PREFIX;
        ConcurrentLinkedQueue<StateItem> found = new ConcurrentLinkedQueue<>();
        ScanSummary summary = store.scan(new ScanRequest(prefix, false, ScanRequest.DEFAULT_SEGMENTS,
                ScanRequest.DEFAULT_PAGE_SIZE, null), page -> page.items().stream()
                .filter(item -> WorkflowRecordKey.parse(item.key().stored()).isPresent())
                .forEach(found::add), control);
        return group(found, summary.complete());
    }

    /** Groups scanned records by instance and builds each instance from them. */
    static WorkflowListing group(Iterable<StateItem> items, boolean complete) {
        Map<String, List<StateItem>> byInstance = new LinkedHashMap<>();
        Map<String, WorkflowRecordKey> metadataKeys = new HashMap<>();
        for (StateItem item : items) {
            WorkflowRecordKey key = WorkflowRecordKey.parse(item.key().stored()).orElseThrow();
            String instance = WorkflowRecordKey.instancePrefix(key.actorType(), key.instanceId());
            byInstance.computeIfAbsent(instance, k -> new ArrayList<>()).add(item);
            if (key.kind() == WorkflowRecordKey.Kind.METADATA && isReadable(item)) {
                metadataKeys.put(instance, key);
            }
        }
        List<LoadedWorkflow> workflows = new ArrayList<>();
        List<StateItem> orphans = new ArrayList<>();
        byInstance.forEach((instance, records) -> {
            WorkflowRecordKey metadataKey = metadataKeys.get(instance);
            if (metadataKey == null) {
                orphans.addAll(records);
                return;
            }
            Map<String, StateItem> readable = new HashMap<>();
            StateItem metadata = null;
            for (StateItem record : records) {
                if (isReadable(record)) {
                    readable.put(record.key().stored(), record);
                }
                if (record.key().stored().equals(metadataKey.stored())) {
                    metadata = record;
                }
            }
            workflows.add(WorkflowAssembler.assemble(metadataKey, metadata, readable, records));
        });
        workflows.sort(Comparator.comparing((LoadedWorkflow w) -> w.instance().appId())
                .thenComparing(w -> w.instance().instanceId()));
        orphans.sort(Comparator.comparing(item -> item.key().stored()));
        return new WorkflowListing(workflows, orphans, complete);
    }

    /**
     * daprd's LoadWorkflowState for one instance: the {@code metadata} record, then one bulk read of
     * {@code customStatus} and the inbox and history entries it counts (strongly consistent). Empty when the instance
     * has no metadata, which is what daprd reports as "no such instance".
     */
    public Optional<LoadedWorkflow> load(WorkflowActorType type, String instanceId) {
        String metadataStored = WorkflowRecordKey.storedKey(type, instanceId, WorkflowRecordKey.METADATA);
        Optional<StateItem> metadata = store.get(metadataStored, Consistency.STRONG).filter(WorkflowReader::isReadable);
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        WorkflowRecordKey metadataKey = WorkflowRecordKey.parse(metadataStored).orElseThrow();
        List<String> keys = new ArrayList<>();
        keys.add(WorkflowRecordKey.storedKey(type, instanceId, WorkflowRecordKey.CUSTOM_STATUS));
        try {
            WorkflowMetadata lengths = WorkflowMetadata.decode(metadata.get().value());
            for (long i = 0; i < lengths.inboxLength(); i++) {
                keys.add(WorkflowRecordKey.storedKey(type, instanceId,
                        WorkflowRecordKey.entryName(WorkflowRecordKey.INBOX, i)));
            }
            for (long i = 0; i < lengths.historyLength(); i++) {
                keys.add(WorkflowRecordKey.storedKey(type, instanceId,
                        WorkflowRecordKey.entryName(WorkflowRecordKey.HISTORY, i)));
            }
        } catch (InvalidWorkflowRecordException unreadable) {
            // the assembler reports it; only customStatus is read then
        }
        Map<String, StateItem> records = new HashMap<>();
        for (StateStore.BulkGetResult result : store.bulkGet(keys, Consistency.STRONG)) {
            if (result.error().isPresent()) {
                throw result.error().get();
            }
            result.item().filter(WorkflowReader::isReadable).ifPresent(item -> records.put(result.key(), item));
        }
        return Optional.of(WorkflowAssembler.assemble(metadataKey, metadata.get(), records, records.values()));
    }

    /**
     * Like {@link #load}, and also finds the instance's records that daprd does not read (entries past the
     * metadata's lengths, keys of newer Dapr versions), with a scan of the instance's key prefix: on a large table
     * that scan reads the whole table.
     */
    public Optional<LoadedWorkflow> loadWithStrays(WorkflowActorType type, String instanceId, ScanControl control) {
        Optional<LoadedWorkflow> loaded = load(type, instanceId);
        if (loaded.isEmpty()) {
            return loaded;
        }
        String prefix = WorkflowRecordKey.instancePrefix(type, instanceId);
        ConcurrentLinkedQueue<StateItem> all = new ConcurrentLinkedQueue<>();
        store.scan(ScanRequest.withPrefix(prefix), page -> page.items().stream()
                .filter(item -> !item.key().stored().substring(prefix.length()).contains(WorkflowRecordKey.SEPARATOR))
                .forEach(all::add), control);
        LoadedWorkflow base = loaded.get();
        Map<String, StateItem> records = new HashMap<>();
        for (TimelineEntry entry : base.history()) {
            entry.recordIfPresent().ifPresent(r -> records.put(r.key().stored(), r));
        }
        for (TimelineEntry entry : base.inbox()) {
            entry.recordIfPresent().ifPresent(r -> records.put(r.key().stored(), r));
        }
        if (base.customStatus() != null) {
            records.put(base.customStatus().key().stored(), base.customStatus());
        }
        WorkflowRecordKey metadataKey = WorkflowRecordKey.parse(base.metadata().key().stored()).orElseThrow();
        return Optional.of(WorkflowAssembler.assemble(metadataKey, base.metadata(), records, all));
    }

    /** Dapr's Get returns neither an expired item nor a missing value; daprd's loader treats empty data as none. */
    static boolean isReadable(StateItem item) {
        return !item.expired() && item.hasValue() && item.problem() == null
                && (item.valueLength() > 0 || WorkflowRecordKey.parse(item.key().stored())
                .map(k -> k.kind() != WorkflowRecordKey.Kind.METADATA).orElse(true));
    }
}
