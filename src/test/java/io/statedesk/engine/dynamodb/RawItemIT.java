package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.RawAttribute;
import io.statedesk.engine.model.RawItem;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The raw view of an item: every attribute with DynamoDB's own type, nothing decoded the Dapr way. */
@WithTestDatabase
class RawItemIT {

    @Test
    void showsEveryAttribute_withItsType_keyFirst(DynamoDbClient client, DaprTables tables) {
        String table = tables.createWithTtl("expiresAt");
        client.putItem(b -> b.tableName(table).item(Map.of(
                "key", AttributeValue.fromS("app||k"),
                "value", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, (byte) 0xff})),
                "etag", AttributeValue.fromS("abc"),
                "expiresAt", AttributeValue.fromN("4102444800"),
                "addedByATool", AttributeValue.fromM(Map.of("flag", AttributeValue.fromBool(true),
                        "tags", AttributeValue.fromSs(List.of("a")))),
                "aList", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromNul(true))))));
        StateStore store = EngineFixture.store(client, StoreConfig.of(table).withTtlAttributeName("expiresAt"));

        RawItem raw = store.raw("app||k").orElseThrow();

        assertThat(raw.attributes()).containsExactly(
                new RawAttribute("key", "S", "app||k"),
                new RawAttribute("value", "B", "AQL/"),
                new RawAttribute("etag", "S", "abc"),
                new RawAttribute("expiresAt", "N", "4102444800"),
                new RawAttribute("aList", "L", "[{\"N\":\"1\"},{\"NULL\":true}]"),
                new RawAttribute("addedByATool", "M", raw.attributes().get(5).value()));
        assertThat(raw.attributes().get(5).value()).contains("\"flag\":{\"BOOL\":true}")
                .contains("\"tags\":{\"SS\":[\"a\"]}");
        assertThat(raw.dynamoDbJson()).contains("\"key\" : {\n    \"S\" : \"app||k\"\n  }")
                .contains("\"value\" : {\n    \"B\" : \"AQL/\"\n  }");
        assertThat(store.raw("app||missing")).isEmpty();
    }
}
