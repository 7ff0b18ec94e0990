package io.statedesk.dapr.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The spec's vectors (dapr-internal-formats.md §1.4, the StateDesk spec) and the legacy forms daprd 1.16 still
 * reads.
 */
class WorkflowDecodingTest {

    @Test
    void metadataVector_decodesToItsThreeNumbers() {
        WorkflowMetadata m = WorkflowMetadata.decode(HexFormat.of().parseHex("10051801"));

        assertThat(m).isEqualTo(new WorkflowMetadata(0, 5, 1, false));
        assertThat(m.encode()).isEqualTo(HexFormat.of().parseHex("10051801"));
    }

    @Test
    void legacyJsonMetadata_ofDapr110To114_isRead() {
        WorkflowMetadata m = WorkflowMetadata.decode(
                "{\"InboxLength\":1,\"HistoryLength\":5,\"Generation\":2}".getBytes(StandardCharsets.UTF_8));

        assertThat(m).isEqualTo(new WorkflowMetadata(1, 5, 2, true));
    }

    @Test
    void metadataThatIsNeither_isAnErrorWithDaprdsWords() {
        assertThatThrownBy(() -> WorkflowMetadata.decode(new byte[] {(byte) 0xff, (byte) 0xff}))
                .isInstanceOf(InvalidWorkflowRecordException.class)
                .hasMessageStartingWith("failed to unmarshal workflow metadata");
    }

    @Test
    void customStatusVector_isAStringValue_andLegacyJsonStringsAndEmptyBytesToo() {
        assertThat(WorkflowMetadata.decodeCustomStatus(HexFormat.of().parseHex("0a0772756e6e696e67")))
                .contains("running");
        assertThat(WorkflowMetadata.decodeCustomStatus("\"in transit\"".getBytes(StandardCharsets.UTF_8)))
                .contains("in transit");
        assertThat(WorkflowMetadata.decodeCustomStatus(new byte[0])).isEmpty();
    }

    @Test
    void historyEventVector_decodesAsExecutionStarted_withInputInstanceAndRouter() {
        byte[] bytes = HexFormat.of().parseHex("08ffffffffffffffffff0112060880e2cfaa061a250a0d4f72646572576f726b666c6f77"
                + "1a0a0a087b226964223a317d22080a06696e73742d31f201080a066f7264657273");

        DecodedEvent e = HistoryEventDecoder.decode(bytes);

        assertThat(e.eventId()).isEqualTo(-1);
        assertThat(e.timestamp()).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
        assertThat(e.kind()).isEqualTo(EventKind.EXECUTION_STARTED);
        assertThat(e.name()).isEqualTo("OrderWorkflow");
        assertThat(e.title()).isEqualTo("Execution started: OrderWorkflow");
        assertThat(e.payload("input")).get().extracting(Payload::text).isEqualTo("{\"id\":1}");
        assertThat(e.payload("input").orElseThrow().isJson()).isTrue();
        assertThat(e.router()).isEqualTo("orders");
        assertThat(e.unknownFields()).isFalse();
    }

    @Test
    void anEventTypeOfANewerDapr_isUnknown_notAnError() {
        // field 31 (length-delimited, empty): an event type v0.2.0 does not have
        byte[] bytes = HexFormat.of().parseHex("0805" + "fa0100");

        DecodedEvent e = HistoryEventDecoder.decode(bytes);

        assertThat(e.kind()).isEqualTo(EventKind.UNKNOWN);
        assertThat(e.eventId()).isEqualTo(5);
        assertThat(e.unknownFields()).isTrue();
    }

    @Test
    void bytesThatAreNoHistoryEvent_areReportedAsSuch() {
        assertThatThrownBy(() -> HistoryEventDecoder.decode(new byte[] {0x0a, 0x7f}))
                .isInstanceOf(InvalidWorkflowRecordException.class)
                .hasMessageContaining("not a protobuf HistoryEvent");
    }

    @Test
    void builtRecords_decodeToTheEventsTheyHold() {
        WorkflowActorType type = WorkflowActorType.workflow("default", "orders");
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        var records = WorkflowRecordsBuilder.instance(type, "o-1")
                .started("OrderWorkflow", "{\"n\":1}", t)
                .activityScheduled(0, "Reserve", "{\"sku\":\"A\"}", t.plusSeconds(1))
                .replayEnded(t.plusSeconds(1))
                .activityFailed(0, "OutOfStock", "no A left", t.plusSeconds(2))
                .failed("OutOfStock", "no A left", t.plusSeconds(3))
                .records();

        DecodedEvent scheduled = HistoryEventDecoder.decode(records.get(key(type, "o-1", "history-000002")));
        DecodedEvent failedTask = HistoryEventDecoder.decode(records.get(key(type, "o-1", "history-000004")));
        DecodedEvent done = HistoryEventDecoder.decode(records.get(key(type, "o-1", "history-000005")));

        assertThat(scheduled.title()).isEqualTo("Activity scheduled: Reserve");
        assertThat(scheduled.detail()).startsWith("task #0");
        assertThat(failedTask.relatedTaskId()).isZero();
        assertThat(failedTask.failure().summary()).isEqualTo("OutOfStock: no A left");
        assertThat(done.status()).isEqualTo(RuntimeStatus.FAILED);
        assertThat(done.title()).isEqualTo("Execution failed");
        assertThat(WorkflowMetadata.decode(records.get(key(type, "o-1", "metadata"))))
                .isEqualTo(new WorkflowMetadata(0, 6, 1, false));
    }

    private static String key(WorkflowActorType type, String id, String name) {
        return WorkflowRecordKey.storedKey(type, id, name);
    }
}
