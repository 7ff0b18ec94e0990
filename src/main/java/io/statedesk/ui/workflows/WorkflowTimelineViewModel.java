package io.statedesk.ui.workflows;

import io.statedesk.dapr.workflow.DecodedEvent;
import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.dapr.workflow.Payload;
import io.statedesk.dapr.workflow.TimelineEntry;
import io.statedesk.dapr.workflow.WorkflowInstance;
import io.statedesk.engine.json.DaprJson;
import io.statedesk.engine.model.StateItem;
import io.statedesk.ui.editor.ValueEditorViewModel;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One instance's timeline: its history events decoded (replay markers hidden unless asked for), then the inbox
 * events still pending; for the selected entry its payloads (as JSON for the JSON viewer) and the raw record.
 */
public final class WorkflowTimelineViewModel {

    static final String HISTORY = "history";
    static final String INBOX = "inbox (pending)";

    // ---- state ----
    private final ObjectProperty<LoadedWorkflow> workflow = new SimpleObjectProperty<>();
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty showReplayMarkers = new SimpleBooleanProperty(false);
    private final ObjectProperty<TimelineRow> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("Select an instance to see its history.");
    private final StringProperty payloads = new SimpleStringProperty("");
    private final StringProperty raw = new SimpleStringProperty("");

    public WorkflowTimelineViewModel() {
        showReplayMarkers.addListener((obs, old, now) -> fill());
        selected.addListener((obs, old, row) -> describe(row));
    }

    public ObjectProperty<LoadedWorkflow> workflowProperty() {
        return workflow;
    }

    public ObservableList<TimelineRow> rows() {
        return rows;
    }

    public BooleanProperty showReplayMarkersProperty() {
        return showReplayMarkers;
    }

    public ObjectProperty<TimelineRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The selected event's payloads: one JSON document when they are JSON, pretty-printed. */
    public ReadOnlyStringProperty payloadsProperty() {
        return payloads;
    }

    /** The record behind the selected entry: key, ETag, storage, size, the bytes in hex and base64. */
    public ReadOnlyStringProperty rawProperty() {
        return raw;
    }

    // ---- commands ----

    public void show(LoadedWorkflow loaded) {
        workflow.set(loaded);
        fill();
        summary.set(loaded == null ? "Select an instance to see its history." : summarize(loaded.instance()));
    }

    private void fill() {
        LoadedWorkflow loaded = workflow.get();
        List<TimelineRow> next = new ArrayList<>();
        if (loaded != null) {
            for (TimelineEntry entry : loaded.history()) {
                DecodedEvent e = entry.event();
                if (e == null || showReplayMarkers.get() || !e.kind().isReplayMarker()) {
                    next.add(new TimelineRow(HISTORY, entry));
                }
            }
            loaded.inbox().forEach(entry -> next.add(new TimelineRow(INBOX, entry)));
        }
        rows.setAll(next);
        selected.set(null);
        payloads.set("");
        raw.set("");
    }

    private void describe(TimelineRow row) {
        if (row == null) {
            payloads.set("");
            raw.set("");
            return;
        }
        payloads.set(payloadText(row.entry().event()));
        raw.set(rawText(row.entry()));
    }

    static String summarize(WorkflowInstance w) {
        StringBuilder text = new StringBuilder();
        text.append(w.name().isEmpty() ? "(not started)" : w.name()).append(" · ").append(w.instanceId())
                .append(" · ").append(w.status().label());
        if (w.createdAt() != null) {
            text.append(" · started ").append(TimelineRow.format(w.createdAt()));
        }
        if (w.completedAt() != null) {
            text.append(" · ended ").append(TimelineRow.format(w.completedAt()));
        }
        text.append(" · generation ").append(w.generation());
        w.customStatusIfAny().ifPresent(s -> text.append("\nCustom status: ").append(s));
        w.failureIfAny().ifPresent(f -> text.append("\nFailed: ").append(f.summary()));
        w.problems().forEach(p -> text.append("\n⚠ ").append(p));
        return text.toString();
    }

    static String payloadText(DecodedEvent e) {
        if (e == null || e.payloads().isEmpty()) {
            return e != null && e.failure() != null ? failureJson(e) : "";
        }
        boolean allJson = e.payloads().stream().allMatch(Payload::isJson);
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < e.payloads().size(); i++) {
            Payload p = e.payloads().get(i);
            json.append(i == 0 ? "" : ",").append(quote(p.label())).append(':')
                    .append(allJson ? DaprJson.compact(p.text()) : quote(p.text()));
        }
        if (e.failure() != null) {
            json.append(",\"failure\":").append(quote(e.failure().summary()));
        }
        return DaprJson.pretty(json.append('}').toString());
    }

    private static String failureJson(DecodedEvent e) {
        return DaprJson.pretty("{\"errorType\":" + quote(e.failure().errorType()) + ",\"errorMessage\":"
                + quote(e.failure().message()) + "}");
    }

    static String rawText(TimelineEntry entry) {
        StringBuilder text = new StringBuilder("key      ").append(entry.key().stored()).append('\n');
        StateItem record = entry.record();
        if (record == null) {
            return text.append(entry.problem()).append('\n').toString();
        }
        byte[] bytes = record.value();
        text.append("etag     ").append(record.etag() == null ? "(none)" : record.etag()).append('\n')
                .append("storage  ").append(record.storage()).append(", ").append(bytes.length).append(" bytes\n")
                .append("base64   ").append(Base64.getEncoder().encodeToString(bytes)).append("\n\n")
                .append(io.statedesk.ui.common.HexDump.of(bytes));
        if (entry.problem() != null) {
            text.append('\n').append(entry.problem()).append('\n');
        }
        return text.toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
