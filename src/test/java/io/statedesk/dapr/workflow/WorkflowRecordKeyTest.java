package io.statedesk.dapr.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkflowRecordKeyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "orders||dapr.internal.default.orders.workflow||i-1||metadata, default, orders, i-1, METADATA, -1",
            "orders||dapr.internal.default.orders.workflow||i-1||customStatus, default, orders, i-1, CUSTOM_STATUS, -1",
            "orders||dapr.internal.default.orders.workflow||i-1||history-000012, default, orders, i-1, HISTORY, 12",
            "orders||dapr.internal.default.orders.workflow||i-1||inbox-1000000, default, orders, i-1, INBOX, 1000000",
            "my.app||dapr.internal.team.prod.my.app.workflow||x||metadata, team.prod, my.app, x, METADATA, -1",
            "orders||dapr.internal.default.orders.workflow||i-1||sigcert-000000, default, orders, i-1, OTHER, -1",
            "orders||dapr.internal.default.orders.workflow||i-1||history-12, default, orders, i-1, OTHER, -1",
            "orders||dapr.internal.default.orders.activity||i-1::3::1||activityState, default, orders, i-1::3::1, ACTIVITY_STATE, -1",
    })
    void workflowKeys_parse(String stored, String ns, String app, String id, WorkflowRecordKey.Kind kind, long index) {
        WorkflowRecordKey key = WorkflowRecordKey.parse(stored).orElseThrow();

        assertThat(key.actorType().namespace()).isEqualTo(ns);
        assertThat(key.actorType().appId()).isEqualTo(app);
        assertThat(key.instanceId()).isEqualTo(id);
        assertThat(key.kind()).isEqualTo(kind);
        assertThat(key.index()).isEqualTo(index);
    }

    @ParameterizedTest
    @CsvSource({"orders||order-1", "billing||OrderActor||o-1||status", "actors||dapr.internal.default.orders.workflow",
            "orders||dapr.internal.default.other.workflow||i||metadata", "outbox-1f0c"})
    void otherKeys_areNotWorkflowRecords(String stored) {
        assertThat(WorkflowRecordKey.parse(stored)).isEmpty();
    }

    @Test
    void dapr110sEngineActorType_isRecognised() {
        WorkflowRecordKey key = WorkflowRecordKey.parse("orders||dapr.internal.wfengine.workflow||i||metadata")
                .orElseThrow();

        assertThat(key.kind()).isEqualTo(WorkflowRecordKey.Kind.METADATA);
        assertThat(key.actorType().legacyEngine()).isTrue();
    }

    @Test
    void entryNames_areDaprdsSixDigitForm() {
        assertThat(WorkflowRecordKey.entryName("history", 7)).isEqualTo("history-000007");
        assertThat(WorkflowRecordKey.storedKey(WorkflowActorType.workflow("default", "a"), "i", "metadata"))
                .isEqualTo("a||dapr.internal.default.a.workflow||i||metadata");
    }
}
