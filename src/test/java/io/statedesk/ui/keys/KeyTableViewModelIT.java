package io.statedesk.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.sandbox.SampleState;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@WithTestDatabase
class KeyTableViewModelIT {

    private String table;

    private KeyTableViewModel scanned(DynamoDbClient client, DaprTables tables) {
        table = UiStores.sampleTable(tables);
        StoreSession session = UiStores.session(client, table, false);
        KeyTableViewModel model = new KeyTableViewModel(session::store, new CurrentThreadTaskRunner());
        model.refresh();
        return model;
    }

    @Test
    void refresh_loadsEveryKey_andCountsThem(DynamoDbClient client, DaprTables tables) {
        KeyTableViewModel model = scanned(client, tables);

        int expected = client.scan(b -> b.tableName(table)).count();
        assertThat(model.visibleRows()).hasSize(expected);
        assertThat(model.loadedProperty().get()).isEqualTo(expected);
        assertThat(model.scanningProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(expected + " keys");
        assertThat(model.treeProperty().get().count()).isEqualTo(expected);
    }

    @Test
    void prefixFilter_scansOnlyMatchingKeys_serverSide(DynamoDbClient client, DaprTables tables) {
        KeyTableViewModel model = scanned(client, tables);

        model.prefixProperty().set("billing||");
        model.refresh();

        assertThat(model.visibleRows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.storedKey()).startsWith("billing||"));
        assertThat(model.visibleRows()).hasSize(7);
        assertThat(model.treeProperty().get().children()).extracting(KeyGroup::label).containsExactly("billing");
    }

    @Test
    void treeGroupsByApp_thenActorType_thenActorId(DynamoDbClient client, DaprTables tables) {
        KeyTableViewModel model = scanned(client, tables);

        KeyGroup billing = child(model.treeProperty().get(), "billing");
        KeyGroup orderActor = child(billing, "OrderActor");
        assertThat(orderActor.count()).isEqualTo(6);
        assertThat(orderActor.children()).extracting(KeyGroup::label).containsExactly("o-77", "o-78", "o-79");
        KeyGroup shipping = child(model.treeProperty().get(), "shipping");
        assertThat(child(shipping, SampleState.WORKFLOW_ACTOR).children()).extracting(KeyGroup::label)
                .containsExactly("ship-9f2c");
    }

    @Test
    void selectingATreeNode_filtersTheTable(DynamoDbClient client, DaprTables tables) {
        KeyTableViewModel model = scanned(client, tables);
        KeyGroup o78 = child(child(child(model.treeProperty().get(), "billing"), "OrderActor"), "o-78");

        model.groupFilterProperty().set(o78.filter());

        assertThat(model.visibleRows()).extracting(KeyRow::storedKey)
                .containsExactlyInAnyOrder("billing||OrderActor||o-78||status", "billing||OrderActor||o-78||amount");
    }

    @Test
    void containsFilter_narrowsLoadedRows_withoutScanningAgain(DynamoDbClient client, DaprTables tables) {
        KeyTableViewModel model = scanned(client, tables);
        long loaded = model.loadedProperty().get();

        model.containsProperty().set("SESSION");

        assertThat(model.visibleRows()).extracting(KeyRow::storedKey)
                .containsExactlyInAnyOrder("orders||session-live", "orders||session-expired");
        assertThat(model.loadedProperty().get()).isEqualTo(loaded);
    }

    @Test
    void expiredItems_areListed_markedExpired(DynamoDbClient client, DaprTables tables) {
        KeyTableViewModel model = scanned(client, tables);

        KeyRow expired = row(model, "orders||session-expired");
        KeyRow live = row(model, "orders||session-live");

        assertThat(expired.ttl(java.time.Instant.now())).isEqualTo("expired");
        assertThat(live.ttl(java.time.Instant.now())).matches("\\d+ h \\d+ min|\\d+ d \\d+ h");
    }

    @Test
    void rows_showDaprParts_storage_andBinaryPreviewInHex(DynamoDbClient client, DaprTables tables) {
        KeyTableViewModel model = scanned(client, tables);

        KeyRow actor = row(model, "billing||OrderActor||o-77||status");
        assertThat(actor.app()).isEqualTo("billing");
        assertThat(actor.actorType()).isEqualTo("OrderActor");
        assertThat(actor.actorId()).isEqualTo("o-77");
        assertThat(actor.stateKey()).isEqualTo("status");
        // The listing reads no values: storage and preview come from reading the value of a row that is shown.
        assertThat(actor.storage()).isEmpty();
        assertThat(model.valueOf(actor).get().storage()).isEqualTo("B");
        assertThat(model.valueOf(row(model, "events||last-event")).get().preview())
                .isEqualTo("0x08ffffffffffffffffff01");
        assertThat(model.valueOf(row(model, "secure||card")).get().preview()).isEqualTo("(encrypted by daprd)");
        assertThat(row(model, "legacy||profile").etag()).isEqualTo("(none)");
    }

    private static KeyRow row(KeyTableViewModel model, String key) {
        return model.visibleRows().stream().filter(r -> r.storedKey().equals(key)).findFirst().orElseThrow();
    }

    private static KeyGroup child(KeyGroup group, String label) {
        return group.children().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + label + " under " + group.label()));
    }

    @Test
    void keys_areInNaturalOrder_byDefault(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        for (String key : java.util.List.of("app||order-10", "app||order-2", "app||order-1", "app||order-100",
                "other||a")) {
            client.putItem(b -> b.tableName(table).item(java.util.Map.of(
                    "key", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(key),
                    "value", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("1"))));
        }
        KeyTableViewModel model = new KeyTableViewModel(() -> UiStores.store(client, UiStores.configFor(table)),
                new CurrentThreadTaskRunner());

        model.refresh();

        assertThat(model.visibleRows()).extracting(KeyRow::storedKey)
                .containsExactly("app||order-1", "app||order-2", "app||order-10", "app||order-100", "other||a");
    }

    @Test
    void aRefreshThatFails_keepsTheLastKeys_markedStale_andSaysWhy(DynamoDbClient client, DaprTables tables) {
        KeyTableViewModel model = scanned(client, tables);
        int before = model.visibleRows().size();

        client.deleteTable(b -> b.tableName(table));
        model.refresh();

        assertThat(model.visibleRows()).hasSize(before);
        assertThat(model.staleProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Refresh failed: showing the " + before + " keys of the"
                + " last scan");
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(model.treeProperty().get().count()).isEqualTo(before);
    }

    @Test
    void aRefreshThatWorks_replacesTheKeys_andIsNotStale(DynamoDbClient client, DaprTables tables) {
        KeyTableViewModel model = scanned(client, tables);
        client.deleteItem(b -> b.tableName(table).key(java.util.Map.of("key",
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("orders||greeting"))));

        model.refresh();

        assertThat(model.visibleRows()).extracting(KeyRow::storedKey).doesNotContain("orders||greeting");
        assertThat(model.staleProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(model.visibleRows().size() + " keys");
    }

    @Test
    void upsert_ofANewKey_putsItInOrder_andCountsIt(DynamoDbClient client, DaprTables tables) {
        KeyTableViewModel model = scanned(client, tables);
        long before = model.loadedProperty().get();
        var item = UiStores.store(client, UiStores.configFor(table)).browse("orders||greeting").orElseThrow();
        var moved = new io.statedesk.engine.model.StateItem(io.statedesk.engine.model.StateKey.parse(
                "orders||order-999", io.statedesk.engine.model.KeyPrefix.appId()), item.value(), true,
                item.storage(), "e1", null, false, 10);

        model.upsert(moved);

        java.util.List<String> keys = model.visibleRows().stream().map(KeyRow::storedKey).toList();
        assertThat(keys.indexOf("orders||order-999")).isEqualTo(keys.indexOf("orders||order-1001") - 1);
        assertThat(model.loadedProperty().get()).isEqualTo(before + 1);
        assertThat(model.statusProperty().get()).isEqualTo((before + 1) + " keys");
    }
}
