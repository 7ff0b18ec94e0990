package io.statedesk.dapr.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.StringValue;
import io.statedesk.dapr.proto.WorkflowStateMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An instance's {@code metadata} record: how many inbox and history entries it has, and its generation (spec 1.2).
 * Dapr 1.15+ writes protobuf; 1.10 to 1.14 wrote JSON {@code {"InboxLength":1,"HistoryLength":5,"Generation":1}},
 * which daprd 1.16 still reads, and so does this.
 *
 * @param legacyJson whether the record was the old JSON form
 */
public record WorkflowMetadata(long inboxLength, long historyLength, long generation, boolean legacyJson) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * As daprd's LoadWorkflowState: protobuf first, JSON as the fallback.
     *
     * @throws InvalidWorkflowRecordException when it is neither
     */
    public static WorkflowMetadata decode(byte[] bytes) {
        try {
            WorkflowStateMetadata m = WorkflowStateMetadata.parseFrom(bytes);
            return new WorkflowMetadata(clamp(m.getInboxLength()), clamp(m.getHistoryLength()), m.getGeneration(),
                    false);
        } catch (InvalidProtocolBufferException notProtobuf) {
            try {
                JsonNode node = JSON.readTree(bytes);
                if (node != null && node.isObject()) {
                    return new WorkflowMetadata(node.path("InboxLength").asLong(), node.path("HistoryLength").asLong(),
                            node.path("Generation").asLong(), true);
                }
            } catch (IOException notJson) {
                // reported below with the protobuf reason, which is what daprd reports
            }
            throw new InvalidWorkflowRecordException("failed to unmarshal workflow metadata: "
                    + notProtobuf.getMessage(), notProtobuf);
        }
    }

    /** The protobuf bytes daprd 1.16 writes for these numbers. */
    public byte[] encode() {
        return WorkflowStateMetadata.newBuilder().setInboxLength(inboxLength).setHistoryLength(historyLength)
                .setGeneration(generation).build().toByteArray();
    }

    /**
     * An instance's {@code customStatus} record: protobuf StringValue, or (before 1.15) a JSON string. Empty bytes
     * mean no custom status.
     */
    public static Optional<String> decodeCustomStatus(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(StringValue.parseFrom(bytes).getValue());
        } catch (InvalidProtocolBufferException notProtobuf) {
            try {
                JsonNode node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
                if (node != null && node.isTextual()) {
                    return Optional.of(node.asText());
                }
            } catch (IOException notJson) {
                // below
            }
            throw new InvalidWorkflowRecordException("failed to unmarshal custom status key entry: "
                    + notProtobuf.getMessage(), notProtobuf);
        }
    }

    /** Lengths beyond a Java list are not real workflows: a corrupt record; count them as empty. */
    private static long clamp(long length) {
        return length < 0 || length > Integer.MAX_VALUE ? 0 : length;
    }
}
