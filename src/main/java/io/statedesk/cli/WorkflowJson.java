package io.statedesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statedesk.dapr.workflow.DecodedEvent;
import io.statedesk.dapr.workflow.FailureInfo;
import io.statedesk.dapr.workflow.LoadedWorkflow;
import io.statedesk.dapr.workflow.Payload;
import io.statedesk.dapr.workflow.TimelineEntry;
import io.statedesk.dapr.workflow.WorkflowInstance;
import io.statedesk.engine.model.StateItem;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** The JSON of {@code workflows list} and {@code workflows show}: field names as daprd's workflow API uses them. */
final class WorkflowJson {

    private WorkflowJson() {
    }

    static ObjectNode instance(WorkflowInstance w) {
        ObjectNode node = ItemJson.MAPPER.createObjectNode();
        node.put("instanceId", w.instanceId());
        node.put("appId", w.appId());
        node.put("namespace", w.namespace());
        node.put("workflowName", w.name());
        node.put("runtimeStatus", w.status().label());
        time(node, "createdAt", w.createdAt());
        time(node, "lastUpdatedAt", w.lastUpdatedAt());
        time(node, "completedAt", w.completedAt());
        node.put("generation", w.generation());
        node.put("historyLength", w.historyLength());
        node.put("inboxLength", w.inboxLength());
        text(node, "customStatus", w.customStatus());
        text(node, "input", w.input());
        text(node, "output", w.output());
        if (w.failure() == null) {
            node.putNull("failureDetails");
        } else {
            node.set("failureDetails", failure(w.failure()));
        }
        ArrayNode problems = node.putArray("problems");
        w.problems().forEach(problems::add);
        return node;
    }

    static ObjectNode loaded(LoadedWorkflow w) {
        ObjectNode node = instance(w.instance());
        node.set("history", entries(w.history()));
        node.set("inbox", entries(w.inbox()));
        ArrayNode others = node.putArray("otherRecords");
        w.others().forEach(item -> others.add(record(item)));
        return node;
    }

    private static ArrayNode entries(List<TimelineEntry> entries) {
        ArrayNode array = ItemJson.MAPPER.createArrayNode();
        for (TimelineEntry entry : entries) {
            ObjectNode node = array.addObject();
            node.put("index", entry.key().index());
            node.put("key", entry.key().stored());
            DecodedEvent e = entry.event();
            if (e != null) {
                node.put("eventId", e.eventId());
                time(node, "timestamp", e.timestamp());
                node.put("eventType", e.kind().name());
                node.put("title", e.title());
                node.put("detail", e.detail());
                ObjectNode payloads = node.putObject("payloads");
                for (Payload p : e.payloads()) {
                    payloads.put(p.label(), p.text());
                }
                if (e.failure() != null) {
                    node.set("failureDetails", failure(e.failure()));
                }
                node.put("router", e.router());
            }
            text(node, "problem", entry.problem());
            if (entry.record() != null) {
                node.put("etag", entry.record().etag());
                node.put("valueBase64", Base64.getEncoder().encodeToString(entry.record().value()));
            }
        }
        return array;
    }

    private static ObjectNode record(StateItem item) {
        ObjectNode node = ItemJson.MAPPER.createObjectNode();
        node.put("key", item.key().stored());
        node.put("etag", item.etag());
        node.put("valueBase64", Base64.getEncoder().encodeToString(item.value()));
        return node;
    }

    private static ObjectNode failure(FailureInfo f) {
        ObjectNode node = ItemJson.MAPPER.createObjectNode();
        node.put("errorType", f.errorType());
        node.put("errorMessage", f.message());
        text(node, "stackTrace", f.stackTrace());
        node.put("isNonRetriable", f.nonRetriable());
        if (f.inner() != null) {
            node.set("innerFailure", failure(f.inner()));
        }
        return node;
    }

    private static void time(ObjectNode node, String field, Instant at) {
        text(node, field, at == null ? null : at.toString());
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
