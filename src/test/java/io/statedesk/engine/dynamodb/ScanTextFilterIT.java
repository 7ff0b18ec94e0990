package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.dynamodb.EngineFixture.putRaw;
import static io.statedesk.engine.dynamodb.EngineFixture.setB;
import static io.statedesk.engine.dynamodb.EngineFixture.setS;
import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** ScanRequest.textContains: DynamoDB drops S values without the text; every other value comes through. */
@WithTestDatabase
class ScanTextFilterIT {

    private StateStore store;

    @BeforeEach
    void fill(DaprTables tables, DynamoDbClient client) {
        String table = tables.create();
        store = EngineFixture.store(client, StoreConfig.of(table));
        store.bulkSet(List.of(setS("a||with", "{\"s\":\"needle\"}"), setS("a||without", "{\"s\":\"hay\"}"),
                setS("a||case", "{\"s\":\"NEEDLE\"}"), setB("a||bytes", "needle".getBytes(StandardCharsets.UTF_8)),
                setB("a||other-bytes", new byte[] {1, 2}), setS("b||with", "needle")));
        putRaw(client, table, Map.of("key", AttributeValue.fromS("a||number"), "value", AttributeValue.fromN("7")));
        putRaw(client, table, Map.of("key", AttributeValue.fromS("a||no-value"), "etag", AttributeValue.fromS("1")));
    }

    private Set<String> keys(ScanRequest request) {
        ConcurrentLinkedQueue<StateItem> items = new ConcurrentLinkedQueue<>();
        ScanSummary summary = store.scan(request, page -> items.addAll(page.items()), new ScanControl());
        assertThat(summary.complete()).isTrue();
        return items.stream().map(item -> item.key().stored()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void sValuesWithoutTheText_areNotSent_caseSensitively_andEveryOtherValueIs() {
        assertThat(keys(ScanRequest.all().withTextContains("needle"))).containsExactly("a||bytes", "a||no-value",
                "a||number", "a||other-bytes", "a||with", "b||with");
    }

    @Test
    void theTextFilter_combinesWithTheKeyPrefix() {
        assertThat(keys(ScanRequest.withPrefix("b||").withTextContains("needle"))).containsExactly("b||with");
    }

    @Test
    void anEmptyText_isNoFilter() {
        assertThat(ScanRequest.all().withTextContains("").textContains()).isNull();
        assertThat(keys(ScanRequest.all().withTextContains(""))).hasSize(8);
    }
}
