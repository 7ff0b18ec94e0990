package io.statedesk.component.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.component.yaml.ComponentFileReader;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.KeyPrefix;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Metadata is read as daprd's DecodeMetadata reads it, with the component's own exceptions. */
class DynamoDbComponentConfigTest {

    static DynamoDbComponentConfig config(String items) {
        String yaml = """
                kind: Component
                metadata:
                  name: Orders
                spec:
                  type: state.aws.dynamodb
                  metadata:
                """ + items;
        return DynamoDbComponentConfig.from(ComponentFileReader.parseText(Path.of("c.yaml"), yaml, false)
                .components().get(0));
    }

    static String item(String name, String value) {
        return "  - name: " + name + "\n    value: \"" + value + "\"\n";
    }

    @Test
    void fieldNames_matchCaseInsensitively() {
        DynamoDbComponentConfig c = config(item("TABLE", "t") + item("TtlAttributeName", "exp")
                + item("ENDPOINT", "http://localhost:8000") + item("ActorStateStore", "on"));

        assertThat(c.table()).isEqualTo("t");
        assertThat(c.ttlAttributeName()).isEqualTo("exp");
        assertThat(c.endpoint()).isEqualTo("http://localhost:8000");
        assertThat(c.actorStateStore()).isTrue();
    }

    @Test
    void partitionKey_isReadOnlyWithItsExactName() {
        assertThat(config(item("table", "t") + item("PartitionKey", "pk")).partitionKey()).isEqualTo("key");
        assertThat(config(item("table", "t") + item("partitionkey", "pk")).partitionKey()).isEqualTo("key");
        assertThat(config(item("table", "t") + item("partitionKey", "pk")).partitionKey()).isEqualTo("pk");
        assertThat(config(item("table", "t")).partitionKey()).isEqualTo(StoreConfig.DEFAULT_PARTITION_KEY);
    }

    @Test
    void emptyPartitionKey_isKept_andRefusedForTheEngine() {
        DynamoDbComponentConfig c = config(item("table", "t") + item("partitionKey", ""));

        assertThat(c.partitionKey()).isEmpty();
        assertThatThrownBy(() -> c.toStoreConfig(false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("empty partitionKey");
    }

    @Test
    void region_winsOverTheDeprecatedAlias() {
        assertThat(config(item("awsRegion", "us-east-1") + item("region", "eu-west-1")).region())
                .isEqualTo("eu-west-1");
        assertThat(config(item("awsRegion", "us-east-1")).region()).isEqualTo("us-east-1");
        assertThat(config(item("region", "") + item("awsRegion", "us-east-2")).region()).isEqualTo("us-east-2");
    }

    @ParameterizedTest
    @CsvSource({"MyPrefix,myprefix,CUSTOM", "NAME,name,NAME", "appid,appid,APPID", "None,none,NONE",
            "Namespace,namespace,NAMESPACE"})
    void keyPrefix_isLowerCased_andBecomesTheEnginesStrategy(String written, String stored, String strategy) {
        DynamoDbComponentConfig c = config(item("table", "t") + item("keyPrefix", written));

        assertThat(c.keyPrefix()).isEqualTo(stored);
        StoreConfig store = c.toStoreConfig(true);
        assertThat(store.keyPrefix().strategy()).isEqualTo(KeyPrefix.Strategy.valueOf(strategy));
        assertThat(store.componentName()).isEqualTo("Orders");
        assertThat(store.readOnly()).isTrue();
    }

    @Test
    void missingKeyPrefix_isDaprdsDefaultAppId() {
        assertThat(config(item("table", "t")).toStoreConfig(false).keyPrefix()).isEqualTo(KeyPrefix.appId());
    }

    @Test
    void missingTable_isRefusedForTheEngine() {
        assertThatThrownBy(() -> config(item("region", "eu-west-1")).toStoreConfig(false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing dynamodb table name");
    }

    @ParameterizedTest
    @CsvSource({"y,true", "YES,true", "True,true", "t,true", "on,true", "1,true", " yes ,true", "enabled,false",
            "0,false", "no,false", "'',false"})
    void actorStateStore_followsIsTruthy(String value, boolean expected) {
        assertThat(Truthy.isTruthy(value)).isEqualTo(expected);
    }

    @Test
    void staticKeys_needBothKeys() {
        assertThat(config(item("table", "t") + item("accessKey", "a")).hasStaticKeys()).isFalse();
        assertThat(config(item("table", "t") + item("accessKey", "a") + item("secretKey", "s")).hasStaticKeys())
                .isTrue();
    }

    @Test
    void lastDuplicate_wins_asDaprdFillsItsMap() {
        assertThat(config(item("table", "first") + item("table", "second")).table()).isEqualTo("second");
    }

    @Test
    void toString_masksCredentials() {
        DynamoDbComponentConfig c = config(item("table", "t") + item("accessKey", "AKIAVISIBLE?")
                + item("secretKey", "SECRETVALUE") + item("sessionToken", "TOKENVALUE"));

        assertThat(c.toString()).doesNotContain("AKIAVISIBLE", "SECRETVALUE", "TOKENVALUE").contains("table=t");
    }
}
