package io.statedesk.engine.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The first page of each segment is small, so the first keys show before the server has read a full page. */
@WithTestDatabase
class ScanFirstPageIT {

    @Test
    void eachSegmentsFirstRequest_asksForAHundred_thenTheFullPage(DaprTables tables, TestDatabase db) {
        String table = tables.create();
        for (int i = 0; i < 300; i++) {
            String key = "app||k" + i;
            db.client().putItem(b -> b.tableName(table).item(Map.of("key", AttributeValue.fromS(key),
                    "value", AttributeValue.fromS("v"), "etag", AttributeValue.fromS("e"))));
        }
        try (RecordingClient recording = new RecordingClient(db.endpoint())) {
            StateStore store = EngineFixture.store(recording.client(), StoreConfig.of(table));

            ScanSummary summary = store.scan(new ScanRequest(null, true, 2, 1000, null), page -> { },
                    new ScanControl());

            assertThat(summary.items()).isEqualTo(300);
            List<software.amazon.awssdk.services.dynamodb.model.ScanRequest> sent =
                    recording.sent(software.amazon.awssdk.services.dynamodb.model.ScanRequest.class);
            assertThat(sent).filteredOn(r -> !r.hasExclusiveStartKey())
                    .hasSize(2).allSatisfy(r -> assertThat(r.limit()).isEqualTo(Scanner.FIRST_PAGE_LIMIT));
            assertThat(sent).filteredOn(software.amazon.awssdk.services.dynamodb.model.ScanRequest::hasExclusiveStartKey)
                    .isNotEmpty().allSatisfy(r -> assertThat(r.limit()).isEqualTo(1000));
        }
    }
}
