package io.statedesk.dapr.workflow;

import io.statedesk.engine.json.DaprJson;

/**
 * A text an event carries: a workflow or activity input, a result, an event's data. The SDKs serialize these as JSON.
 *
 * @param label what it is ("input", "result", ...)
 * @param text  the text as stored
 */
public record Payload(String label, String text) {

    /** Whether the text parses as one JSON value, so the JSON viewer can show it. */
    public boolean isJson() {
        return !text.isBlank() && DaprJson.isJson(text);
    }
}
