package io.statedesk.dapr.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.BytesValue;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import io.statedesk.dapr.proto.StoredReminder;
import io.statedesk.dapr.proto.StoredReminders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads the reminder records of Dapr's state-store reminder storage (spec 2.2): lists and partitions are either
 * {@code \0pb} followed by a protobuf {@code Reminders} message (actor API level 20, Dapr 1.13+) or a JSON array;
 * metadata is {@code {"id":…,"actorRemindersMetadata":{"partitionCount":N}}}; a track is
 * {@code {"lastFiredTime":…,"repetitionLeft":N}}.
 */
public final class ReminderDecoder {

    private static final byte[] PROTOBUF_MARKER = {0, 'p', 'b'};
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReminderDecoder() {
    }

    /**
     * Decodes the value of a key {@link DaprKeyKind#of} called a reminder record. Empty when the value does not have
     * the shape (an {@code actors||x} state key that is no reminder list). A reminder value that fails to decode is a
     * record with a problem, never an exception.
     */
    public static Optional<ReminderRecord> decode(String storedKey, byte[] value) {
        DaprKeyKind kind = DaprKeyKind.of(storedKey);
        String[] parts = storedKey.split("\\|\\|", -1);
        String actorType = kind == DaprKeyKind.REMINDER_TRACK ? parts[0] : parts.length > 1 ? parts[1] : "";
        return switch (kind) {
            case REMINDER_LIST, REMINDER_PARTITION -> list(storedKey, kind, actorType, value);
            case REMINDER_METADATA -> json(value).filter(JsonNode::isObject).map(node -> new ReminderRecord(storedKey,
                    kind, actorType, "JSON", List.of(), node.path("actorRemindersMetadata").path("partitionCount")
                    .asInt(0), "", -1, null));
            case REMINDER_TRACK -> json(value).filter(n -> n.isObject() && (n.has("lastFiredTime")
                    || n.has("repetitionLeft"))).map(node -> new ReminderRecord(storedKey, kind, actorType, "JSON",
                    List.of(), -1, node.path("lastFiredTime").asText(""), node.path("repetitionLeft").asInt(-1),
                    null));
            default -> Optional.empty();
        };
    }

    private static Optional<ReminderRecord> list(String key, DaprKeyKind kind, String type, byte[] value) {
        if (startsWithMarker(value)) {
            try {
                StoredReminders reminders = StoredReminders.parseFrom(Arrays.copyOfRange(value, 3, value.length));
                List<StoredReminderView> views = new ArrayList<>();
                for (StoredReminder r : reminders.getRemindersList()) {
                    views.add(new StoredReminderView(r.getActorType(), r.getActorId(), r.getName(), r.getDueTime(),
                            r.getPeriod(), r.hasRegisteredTime() ? time(r.getRegisteredTime()) : "",
                            r.hasExpirationTime() ? time(r.getExpirationTime()) : "", data(r)));
                }
                return Optional.of(new ReminderRecord(key, kind, type, "protobuf", views, -1, "", -1, null));
            } catch (InvalidProtocolBufferException e) {
                return Optional.of(new ReminderRecord(key, kind, type, "", List.of(), -1, "", -1,
                        "starts with \\0pb but is not a protobuf Reminders message (" + e.getMessage() + ")"));
            }
        }
        Optional<JsonNode> parsed = json(value);
        if (parsed.isEmpty() || !parsed.get().isArray()) {
            return kind == DaprKeyKind.REMINDER_PARTITION ? Optional.of(new ReminderRecord(key, kind, type, "",
                    List.of(), -1, "", -1, "neither \\0pb protobuf nor a JSON array")) : Optional.empty();
        }
        List<StoredReminderView> views = new ArrayList<>();
        for (JsonNode r : parsed.get()) {
            JsonNode data = r.path("data");
            views.add(new StoredReminderView(r.path("actorType").asText(""), r.path("actorID").asText(""),
                    r.path("name").asText(""), r.path("dueTime").asText(""), r.path("period").asText(""),
                    r.path("registeredTime").asText(""), r.path("expirationTime").asText(""),
                    data.isMissingNode() || data.isNull() ? "" : data.isTextual() ? data.asText() : data.toString()));
        }
        return Optional.of(new ReminderRecord(key, kind, type, "JSON", views, -1, "", -1, null));
    }

    private static boolean startsWithMarker(byte[] value) {
        return value.length >= 3 && value[0] == PROTOBUF_MARKER[0] && value[1] == PROTOBUF_MARKER[1]
                && value[2] == PROTOBUF_MARKER[2];
    }

    /** A reminder's Any data: daprd wraps raw bytes in a BytesValue; show text as text, other bytes as base64. */
    private static String data(StoredReminder r) {
        if (!r.hasData()) {
            return "";
        }
        byte[] bytes = r.getData().getValue().toByteArray();
        if (r.getData().getTypeUrl().endsWith("google.protobuf.BytesValue")) {
            try {
                bytes = BytesValue.parseFrom(bytes).getValue().toByteArray();
            } catch (InvalidProtocolBufferException e) {
                return Base64.getEncoder().encodeToString(bytes);
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes) ? text
                : Base64.getEncoder().encodeToString(bytes);
    }

    private static String time(Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos()).toString();
    }

    private static Optional<JsonNode> json(byte[] value) {
        try {
            return Optional.ofNullable(JSON.readTree(value));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
