package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.TestDatabase;
import io.statedesk.testing.WithTestDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A store made for a local emulator scans with one segment, whatever a request asks (decision 0034). */
@WithTestDatabase
class ScanSegmentCapIT {

    private static final Class<software.amazon.awssdk.services.dynamodb.model.ScanRequest> SCAN =
            software.amazon.awssdk.services.dynamodb.model.ScanRequest.class;

    @Test
    void aStoreCappedAtOneSegment_sendsNoSegmentsAtAll_andStillReadsEveryKey(DaprTables tables, TestDatabase db) {
        String table = filled(tables, db);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try (RecordingClient recording = new RecordingClient(db.endpoint())) {
            StateStore store = DynamoDbStateStores.create(StoreConfig.of(table), recording.client(), executor,
                    DynamoDbStateStores.DEFAULT_BULK_PARALLELISM, 1);
            Set<String> keys = ConcurrentHashMap.newKeySet();

            ScanSummary summary = store.scan(new ScanRequest(null, true, 4, 100, null),
                    page -> page.items().forEach(item -> keys.add(item.key().stored())), new ScanControl());

            assertThat(summary.items()).isEqualTo(250);
            assertThat(keys).hasSize(250);
            // a one-segment scan is a plain scan: dynoxide then walks its primary key instead of a hash order
            assertThat(recording.sent(SCAN)).isNotEmpty().allSatisfy(r -> {
                assertThat(r.segment()).isNull();
                assertThat(r.totalSegments()).isNull();
            });
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void anUncappedStore_scansWithTheSegmentsAsked(DaprTables tables, TestDatabase db) {
        String table = filled(tables, db);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try (RecordingClient recording = new RecordingClient(db.endpoint())) {
            StateStore store = DynamoDbStateStores.create(StoreConfig.of(table), recording.client(), executor,
                    DynamoDbStateStores.DEFAULT_BULK_PARALLELISM);

            ScanSummary summary = store.scan(new ScanRequest(null, true, 4, 100, null), page -> { },
                    new ScanControl());

            assertThat(summary.items()).isEqualTo(250);
            List<software.amazon.awssdk.services.dynamodb.model.ScanRequest> sent = recording.sent(SCAN);
            assertThat(sent).extracting(r -> r.segment()).containsOnly(0, 1, 2, 3).contains(0, 1, 2, 3);
            assertThat(sent).allSatisfy(r -> assertThat(r.totalSegments()).isEqualTo(4));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aCapBelowOne_isRefused() {
        assertThatThrownBy(() -> DynamoDbStateStores.create(StoreConfig.of("t-table"), null, Runnable::run, 8, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxScanSegments");
    }

    private static String filled(DaprTables tables, TestDatabase db) {
        String table = tables.create();
        for (int i = 0; i < 250; i++) {
            String key = "app||k" + i;
            db.client().putItem(b -> b.tableName(table).item(Map.of("key", AttributeValue.fromS(key),
                    "value", AttributeValue.fromS("v"), "etag", AttributeValue.fromS("e"))));
        }
        return table;
    }
}
