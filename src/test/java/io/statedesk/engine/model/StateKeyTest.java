package io.statedesk.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateKeyTest {

    @ParameterizedTest(name = "keyPrefix={0}: {1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // keyPrefix ; stored                  ; kind  ; prefix   ; namespace ; appId  ; stateKey
            "appid       ; orders||greeting        ; PLAIN ; orders   ; -         ; orders ; greeting",
            "-           ; orders||greeting        ; PLAIN ; orders   ; -         ; orders ; greeting",
            "appid       ; bare                    ; PLAIN ; -        ; -         ; -      ; bare",
            "name        ; statestore||k           ; PLAIN ; statestore ; -       ; -      ; k",
            "namespace   ; prod.orders||k1         ; PLAIN ; prod.orders ; prod   ; orders ; k1",
            "namespace   ; orders||k1              ; PLAIN ; orders   ; -         ; orders ; k1",
            "none        ; plain-key               ; PLAIN ; -        ; -         ; -      ; plain-key",
            "none        ; a||b                    ; PLAIN ; a        ; -         ; -      ; b",
            "MyPrefix    ; myprefix||k2            ; PLAIN ; myprefix ; -         ; -      ; k2",
            "appid       ; orders||ключ-⏱️         ; PLAIN ; orders   ; -         ; orders ; ключ-⏱️",
    })
    void parse_plainKeys_forEveryStrategy(String keyPrefix, String stored, StateKey.Kind kind, String prefix,
            String namespace, String appId, String stateKey) {
        StateKey key = StateKey.parse(stored, KeyPrefix.fromMetadata(keyPrefix));

        assertThat(key.stored()).isEqualTo(stored);
        assertThat(key.kind()).isEqualTo(kind);
        assertThat(key.prefix()).isEqualTo(prefix);
        assertThat(key.namespace()).isEqualTo(namespace);
        assertThat(key.appId()).isEqualTo(appId);
        assertThat(key.actorType()).isNull();
        assertThat(key.actorId()).isNull();
        assertThat(key.stateKey()).isEqualTo(stateKey);
    }

    @ParameterizedTest(name = "keyPrefix={0}")
    @CsvSource({"appid", "name", "namespace", "none", "custom"})
    void parse_actorAndWorkflowKeys_ignoreKeyPrefix(String keyPrefix) {
        StateKey actor = StateKey.parse("billing||OrderActor||o-77||status", KeyPrefix.fromMetadata(keyPrefix));
        StateKey workflow = StateKey.parse("wf-app||dapr.internal.default.wf-app.workflow||inst-1||history-000000",
                KeyPrefix.fromMetadata(keyPrefix));
        StateKey activity = StateKey.parse("wf-app||dapr.internal.default.wf-app.activity||inst-1::0::1||activityState",
                KeyPrefix.fromMetadata(keyPrefix));

        assertThat(actor).extracting(StateKey::kind, StateKey::appId, StateKey::actorType, StateKey::actorId,
                StateKey::stateKey).containsExactly(StateKey.Kind.ACTOR, "billing", "OrderActor", "o-77", "status");
        assertThat(workflow).extracting(StateKey::kind, StateKey::appId, StateKey::actorType, StateKey::actorId,
                StateKey::stateKey).containsExactly(StateKey.Kind.WORKFLOW, "wf-app",
                "dapr.internal.default.wf-app.workflow", "inst-1", "history-000000");
        assertThat(activity.kind()).isEqualTo(StateKey.Kind.WORKFLOW);
        assertThat(activity.actorId()).isEqualTo("inst-1::0::1");
    }

    @ParameterizedTest(name = "keyPrefix={0}: {1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // keyPrefix ; stored                                   ; prefix ; actorType  ; actorId ; stateKey
            "appid       ; PaymentActor||p-1||charge-retry          ; -      ; PaymentActor ; p-1   ; charge-retry",
            "none        ; PaymentActor||p-1||charge-retry          ; -      ; PaymentActor ; p-1   ; charge-retry",
            "appid       ; a||b||c                                  ; -      ; a          ; b       ; c",
            "appid       ; app||||k                                 ; -      ; app        ; ''      ; k",
            "appid       ; actors||PaymentActor||metadata           ; actors ; PaymentActor ; -     ; metadata",
            "name        ; actors||PaymentActor||7f3c||reminders||2 ; actors ; PaymentActor ; -     ; 7f3c||reminders||2",
    })
    void parse_reminderRecords_ofOlderDaprd_areNotPlainState(String keyPrefix, String stored, String prefix,
            String actorType, String actorId, String stateKey) {
        StateKey key = StateKey.parse(stored, KeyPrefix.fromMetadata(keyPrefix));

        assertThat(key.kind()).isEqualTo(StateKey.Kind.REMINDER);
        assertThat(key.appId()).isNull();
        assertThat(key.prefix()).isEqualTo(prefix);
        assertThat(key.actorType()).isEqualTo(actorType);
        assertThat(key.actorId()).isEqualTo(actorId);
        assertThat(key.stateKey()).isEqualTo(stateKey);
    }

    @Test
    void parse_twoPartReminderList_cannotBeToldFromAnAppCalledActors() {
        assertThat(StateKey.parse("actors||PaymentActor", KeyPrefix.appId()).kind()).isEqualTo(StateKey.Kind.PLAIN);
    }

    @Test
    void parse_actorStateOfAnAppCalledActors_staysActorState() {
        StateKey key = StateKey.parse("actors||Type||id||reminders", KeyPrefix.appId());

        assertThat(key.kind()).isEqualTo(StateKey.Kind.ACTOR);
        assertThat(key.appId()).isEqualTo("actors");
    }

    @Test
    void parse_executorActorType_isWorkflowState() {
        assertThat(StateKey.parse("wf||dapr.internal.default.wf.executor||i-1||k", KeyPrefix.appId()).kind())
                .isEqualTo(StateKey.Kind.WORKFLOW);
    }

    @Test
    void parse_actorStateKeyMayItselfContainTheSeparator() {
        StateKey key = StateKey.parse("app||Type||id||part||more", KeyPrefix.appId());

        assertThat(key.actorId()).isEqualTo("id");
        assertThat(key.stateKey()).isEqualTo("part||more");
    }

    @ParameterizedTest(name = "keyPrefix={0}, appId={1}, ns={2} -> {3}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "appid     ; orders ; -    ; orders||k",
            "-         ; orders ; -    ; orders||k",
            "appid     ; ''     ; -    ; k",
            "name      ; orders ; -    ; statestore||k",
            "namespace ; orders ; prod ; prod.orders||k",
            "namespace ; orders ; ''   ; orders||k",
            "namespace ; ''     ; prod ; k",
            "none      ; orders ; prod ; k",
            "MyPrefix  ; orders ; -    ; myprefix||k",
    })
    void storedKey_buildsWhatDaprdStores(String keyPrefix, String appId, String namespace, String stored) {
        KeyPrefix strategy = KeyPrefix.fromMetadata(keyPrefix);

        assertThat(StateKey.storedKey(strategy, appId, "statestore", namespace, "k")).isEqualTo(stored);
        StateKey parsed = StateKey.parse(stored, strategy);
        assertThat(parsed.stateKey()).isEqualTo("k");
    }

    @Test
    void storedKey_refusesTheSeparatorWithDaprdsReason() {
        assertThatThrownBy(() -> StateKey.storedKey(KeyPrefix.appId(), "app", null, null, "a||b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("input key/keyPrefix 'a||b' can't contain '||'");
        assertThatThrownBy(() -> StateKey.storedKey(KeyPrefix.fromMetadata("x||y"), "app", null, null, "k"))
                .hasMessage("input key/keyPrefix 'x||y' can't contain '||'");
    }

    @Test
    void actorKey_ignoresKeyPrefix_andParsesBack() {
        String stored = StateKey.actorKey("billing", "OrderActor", "o-77", "status");

        assertThat(stored).isEqualTo("billing||OrderActor||o-77||status");
        assertThat(StateKey.parse(stored, KeyPrefix.fromMetadata("none")).actorId()).isEqualTo("o-77");
    }

    @Test
    void keyPrefix_isLowerCasedAsDaprdDoes() {
        assertThat(KeyPrefix.fromMetadata("AppID").strategy()).isEqualTo(KeyPrefix.Strategy.APPID);
        assertThat(KeyPrefix.fromMetadata("NONE").strategy()).isEqualTo(KeyPrefix.Strategy.NONE);
        assertThat(KeyPrefix.fromMetadata("MyPrefix").customPrefix()).isEqualTo("myprefix");
    }
}
