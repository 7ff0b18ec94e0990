package io.statedesk.dapr.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import io.statedesk.dapr.proto.StoredReminder;
import io.statedesk.dapr.proto.StoredReminders;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderDecoderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "orders||order-1, STATE",
            "feature-flags, STATE",
            "outbox-7d3e9a52-3c1f-4b8e-9a0d-5f2b6c1e8a47, OUTBOX",
            "outbox-notauuid, STATE",
            "actors||OrderActor, REMINDER_LIST",
            "actors||OrderActor||metadata, REMINDER_METADATA",
            "actors||OrderActor||5b1a4ce8||reminders||2, REMINDER_PARTITION",
            "OrderActor||o-1||timeout, REMINDER_TRACK",
            "billing||OrderActor||o-1||status, ACTOR_STATE",
            "orders||dapr.internal.default.orders.workflow||i||metadata, WORKFLOW"})
    void keys_areClassifiedByTheirParts(String key, DaprKeyKind kind) {
        assertThat(DaprKeyKind.of(key)).isEqualTo(kind);
    }

    @Test
    void aJsonReminderList_ofDapr114_isDecoded() {
        ReminderRecord r = ReminderDecoder.decode("actors||OrderActor", utf8("[{\"actorID\":\"o-1\",\"actorType\":"
                + "\"OrderActor\",\"name\":\"t\",\"dueTime\":\"1m\",\"period\":\"PT1M\",\"registeredTime\":"
                + "\"2024-01-01T00:00:00Z\",\"data\":{\"a\":1}}]")).orElseThrow();

        assertThat(r.format()).isEqualTo("JSON");
        assertThat(r.reminders()).singleElement().satisfies(v -> {
            assertThat(v.actorId()).isEqualTo("o-1");
            assertThat(v.period()).isEqualTo("PT1M");
            assertThat(v.data()).isEqualTo("{\"a\":1}");
        });
        assertThat(r.summary()).isEqualTo("1 reminder (JSON)");
    }

    @Test
    void theProtobufForm_afterItsMarker_isDecoded() {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        value.writeBytes(new byte[] {0, 'p', 'b'});
        value.writeBytes(StoredReminders.newBuilder().addReminders(StoredReminder.newBuilder().setActorId("a")
                .setActorType("T").setName("n").setDueTime("5s")
                .setRegisteredTime(Timestamp.newBuilder().setSeconds(1_700_000_000))).build().toByteArray());

        ReminderRecord r = ReminderDecoder.decode("actors||T", value.toByteArray()).orElseThrow();

        assertThat(r.format()).isEqualTo("protobuf");
        assertThat(r.reminders()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("n");
            assertThat(v.registeredTime()).isEqualTo("2023-11-14T22:13:20Z");
        });
    }

    @Test
    void aStateKeyUnderAppIdActors_isNoReminderList_andABrokenPartitionIsReported() {
        assertThat(ReminderDecoder.decode("actors||greeting", utf8("\"hello\""))).isEmpty();
        assertThat(ReminderDecoder.decode("actors||T||id||reminders||1", new byte[] {0, 'p', 'b', 0x0a, 0x7f}))
                .get().extracting(ReminderRecord::problem).asString().contains("not a protobuf Reminders message");
    }

    @Test
    void metadataAndTracks_areDecoded() {
        assertThat(ReminderDecoder.decode("actors||T||metadata", utf8("{\"id\":\"x\",\"actorRemindersMetadata\":"
                + "{\"partitionCount\":3}}")).orElseThrow().partitionCount()).isEqualTo(3);
        ReminderRecord track = ReminderDecoder.decode("T||a||n", utf8("{\"lastFiredTime\":\"2024-01-01T00:00:00Z\","
                + "\"repetitionLeft\":2}")).orElseThrow();
        assertThat(track.summary()).isEqualTo("last fired 2024-01-01T00:00:00Z, 2 repetitions left");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
