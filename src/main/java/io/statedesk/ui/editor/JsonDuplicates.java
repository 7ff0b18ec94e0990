package io.statedesk.ui.editor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an object key written twice in JSON text. JSON allows it, but readers disagree on which value wins (Go's
 * encoding/json and most others keep the last, some the first, some refuse), so a Dapr app may read something
 * other than what the editor shows: the user is asked before such a value is saved.
 */
final class JsonDuplicates {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(10_000)
                    .build())
            .build();

    /** A key written twice in one object, with the lines of its first and second appearance (1-based). */
    record Duplicate(String name, int firstLine, int line) {
        String sentence() {
            return "The key \"" + name + "\" appears twice in one object (line " + firstLine + " and line " + line
                    + "). Readers disagree on which value wins; Go's encoding/json, which Dapr apps in Go use, keeps"
                    + " the last.";
        }
    }

    private JsonDuplicates() {
    }

    /** The first duplicate key, or empty when there is none or the text is not JSON (that is reported elsewhere). */
    static Optional<Duplicate> first(String json) {
        Deque<Map<String, Integer>> objects = new ArrayDeque<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT -> objects.push(new HashMap<>());
                    case END_OBJECT -> objects.pop();
                    case FIELD_NAME -> {
                        int line = parser.currentTokenLocation().getLineNr();
                        Integer earlier = objects.peek().putIfAbsent(parser.currentName(), line);
                        if (earlier != null) {
                            return Optional.of(new Duplicate(parser.currentName(), earlier, line));
                        }
                    }
                    default -> { }
                }
            }
        } catch (IOException notJson) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
