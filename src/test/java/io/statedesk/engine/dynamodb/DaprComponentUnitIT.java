package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.dynamodb.EngineFixture.firstWrite;
import static io.statedesk.engine.dynamodb.EngineFixture.putRaw;
import static io.statedesk.engine.dynamodb.EngineFixture.raw;
import static io.statedesk.engine.dynamodb.EngineFixture.setB;
import static io.statedesk.engine.dynamodb.EngineFixture.setS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.EtagMismatchException;
import io.statedesk.engine.error.FirstWriteConflictException;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.model.Consistency;
import io.statedesk.engine.model.DeleteRequest;
import io.statedesk.engine.model.TransactionOperation.Delete;
import io.statedesk.engine.model.TransactionOperation.Upsert;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The expectations of the component's own unit tests ({@code state/aws/dynamodb/dynamodb_test.go}, spec 5.3), which
 * there run against a mocked client: here every request the engine sends is recorded and checked, and DynamoDB Local
 * answers it.
 */
@WithTestDatabase
class DaprComponentUnitIT {

    private RecordingClient recording;
    private DynamoDbClient client;
    private String table;
    private StateStore store;

    @BeforeEach
    void setUp(DaprTables tables, TestDatabase db) {
        recording = new RecordingClient(db.endpoint());
        client = db.client();
        // No table-level TTL: DynamoDB Local 3.3.1 deletes expired items of TTL-enabled tables (see DaprExtraCasesIT).
        table = tables.create();
        store = EngineFixture.store(recording.client(), StoreConfig.of(table).withTtlAttributeName("expiresAt"));
    }

    @AfterEach
    void tearDown() {
        recording.close();
    }

    @Test
    void set_struct_writesExactlyThreeAttributes_withTheJsonAsS() {
        store.set(DaprdValue.of(Map.of("Value", "value")).set("key"));

        Map<String, AttributeValue> item = recording.last(PutItemRequest.class).item();
        assertThat(item).containsOnlyKeys("key", "value", "etag");
        assertThat(item.get("value").s()).isEqualTo("{\"Value\":\"value\"}");
        assertThat(recording.last(PutItemRequest.class).conditionExpression()).isNull();
    }

    @Test
    void set_bytes_writesB() {
        store.set(setB("key", "value".getBytes(StandardCharsets.UTF_8)));

        AttributeValue value = recording.last(PutItemRequest.class).item().get("value");
        assertThat(value.type()).isEqualTo(AttributeValue.Type.B);
        assertThat(value.b().asUtf8String()).isEqualTo("value");
    }

    @Test
    void set_withEtag_sendsTheEtagCondition() {
        String etag = store.set(setS("key", "1"));

        store.set(setS("key", "2").withEtag(etag));

        PutItemRequest put = recording.last(PutItemRequest.class);
        assertThat(put.conditionExpression()).isEqualTo("etag = :etag");
        assertThat(put.expressionAttributeValues()).containsOnly(Map.entry(":etag", AttributeValue.fromS(etag)));
    }

    @Test
    void set_withEtag1bdead4badc0ffee_onAnotherVersion_isAnEtagMismatch() {
        store.set(setS("key", "1"));

        assertThatThrownBy(() -> store.set(setS("key", "2").withEtag("1bdead4badc0ffee")))
                .isInstanceOf(EtagMismatchException.class);
        assertThat(recording.last(PutItemRequest.class).expressionAttributeValues().get(":etag").s())
                .isEqualTo("1bdead4badc0ffee");
    }

    @Test
    void set_firstWrite_sendsAttributeNotExists_andItsFailureIsNotAnEtagError() {
        store.set(firstWrite(setS("key", "1")));
        assertThat(recording.last(PutItemRequest.class).conditionExpression()).isEqualTo("attribute_not_exists(etag)");
        assertThat(recording.last(PutItemRequest.class).expressionAttributeValues()).isEmpty();

        assertThatThrownBy(() -> store.set(firstWrite(setS("key", "2"))))
                .isInstanceOf(FirstWriteConflictException.class);
    }

    @Test
    void set_ttlMinusOne_writesFourAttributes_withTtlJustBeforeNow() {
        long before = Instant.now().getEpochSecond();

        store.set(setS("key", "1").withTtlInSeconds("-1"));

        Map<String, AttributeValue> item = raw(client, table, "key");
        assertThat(item).containsOnlyKeys("key", "value", "etag", "expiresAt");
        long ttl = Long.parseLong(item.get("expiresAt").n());
        long after = Instant.now().getEpochSecond();
        assertThat(ttl).isBetween(before - 1, after - 1);
        assertThat(store.get("key", Consistency.STRONG)).isEmpty();
    }

    @Test
    void set_ttl180_writesNowPlus180() {
        long before = Instant.now().getEpochSecond();

        store.set(setS("key", "1").withTtlInSeconds("180"));

        long ttl = Long.parseLong(raw(client, table, "key").get("expiresAt").n());
        assertThat(ttl).isBetween(before + 180, Instant.now().getEpochSecond() + 180);
    }

    @Test
    void set_ttlWithoutTtlAttributeName_writesThreeAttributes() {
        StateStore noTtl = EngineFixture.store(client, StoreConfig.of(table));

        noTtl.set(setS("key", "1").withTtlInSeconds("180"));
        noTtl.set(setS("key2", "1").withTtlInSeconds("foo"));

        assertThat(raw(client, table, "key")).containsOnlyKeys("key", "value", "etag");
        assertThat(raw(client, table, "key2")).containsOnlyKeys("key", "value", "etag");
    }

    @Test
    void set_invalidTtl_failsWithDaprdsExactText_beforeAnyRequest() {
        assertThatThrownBy(() -> store.set(setS("key", "1").withTtlInSeconds("foo")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("dynamodb error: failed to parse ttlInSeconds: strconv.ParseInt: parsing "
                        + "\"foo\": invalid syntax");
        assertThat(recording.sent(PutItemRequest.class)).isEmpty();
    }

    @Test
    void get_unexpiredTtl_reportsTtlExpireTime() {
        putRaw(client, table, Map.of("key", AttributeValue.fromS("someKey"), "value", AttributeValue.fromS("some value"),
                "etag", AttributeValue.fromS("1bdead4badc0ffee"), "expiresAt", AttributeValue.fromN("4074862051")));

        var item = store.get("someKey", Consistency.EVENTUAL).orElseThrow();

        assertThat(item.ttlExpireTimeText()).contains("2099-02-15T18:07:31Z");
        assertThat(item.ttlExpireTime()).contains(Instant.ofEpochSecond(4074862051L));
        assertThat(item.etag()).isEqualTo("1bdead4badc0ffee");
    }

    @Test
    void get_expiredTtl_returnsNoDataNoEtagNoMetadata() {
        putRaw(client, table, Map.of("key", AttributeValue.fromS("someKey"), "value", AttributeValue.fromS("some value"),
                "etag", AttributeValue.fromS("1bdead4badc0ffee"), "expiresAt", AttributeValue.fromN("35489251")));

        assertThat(store.get("someKey", Consistency.STRONG)).isEmpty();
    }

    @Test
    void get_isEventuallyConsistentByDefault_andStrongOnRequest() {
        store.get("k", Consistency.EVENTUAL);
        assertThat(recording.last(GetItemRequest.class).consistentRead()).isFalse();
        store.get("k", null);
        assertThat(recording.last(GetItemRequest.class).consistentRead()).isFalse();
        store.get("k", Consistency.STRONG);
        assertThat(recording.last(GetItemRequest.class).consistentRead()).isTrue();
        store.browse("k");
        assertThat(recording.last(GetItemRequest.class).consistentRead()).isTrue();
    }

    @Test
    void init_missingTableName_failsWithDaprdsText() {
        assertThatThrownBy(() -> EngineFixture.store(client, StoreConfig.of("")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("missing dynamodb table name");
    }

    @Test
    void init_probeOfAMissingTable_failsWithDaprdsText() {
        StateStore missing = EngineFixture.store(recording.client(), StoreConfig.of("does-not-exist"));

        assertThatThrownBy(missing::probe)
                .isInstanceOf(TableNotFoundException.class)
                // DynamoDB Local words it "Cannot do operations on a non-existent table"; AWS "Requested resource
                // not found". The prefix is daprd's.
                .hasMessageStartingWith("error validating DynamoDB table 'does-not-exist' access: ");
        GetItemRequest probe = recording.last(GetItemRequest.class);
        assertThat(probe.consistentRead()).isFalse();
        assertThat(UUID.fromString(probe.key().get("key").s())).isNotNull();
    }

    @Test
    void multi_deleteSetDeleteSet_sendsThreeItems_onePutTwoDeletes() {
        store.transact(List.of(new Delete("key1"), new Upsert(setS("key2", "\"value2\"")), new Delete("key2"),
                new Upsert(setS("key3", "\"value3\""))));

        List<TransactWriteItem> items = recording.last(TransactWriteItemsRequest.class).transactItems();
        assertThat(items).hasSize(3);
        assertThat(items.get(0).delete().key().get("key").s()).isEqualTo("key1");
        assertThat(items.get(1).delete().key().get("key").s()).isEqualTo("key2");
        assertThat(items.get(2).put().item().get("key").s()).isEqualTo("key3");
        assertThat(items.get(0).delete().conditionExpression()).isNull();
    }

    @Test
    void delete_withEtag_sendsTheEtagCondition_andWithoutNone() {
        store.delete(new DeleteRequest("k", null));
        assertThat(recording.last(DeleteItemRequest.class).conditionExpression()).isNull();
        // Dapr reads an empty ETag as none; StateDesk refuses it before sending (decision 0017).
        recording.clear();
        assertThatThrownBy(() -> store.delete(new DeleteRequest("k", "")))
                .isInstanceOf(io.statedesk.engine.error.InvalidRequestException.class);
        assertThat(recording.sent(DeleteItemRequest.class)).isEmpty();

        assertThatThrownBy(() -> store.delete(new DeleteRequest("k", "1bdead4badc0ffee")))
                .isInstanceOf(EtagMismatchException.class);
        assertThat(recording.last(DeleteItemRequest.class).conditionExpression()).isEqualTo("etag = :etag");
    }
}
