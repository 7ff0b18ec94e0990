package io.statedesk.engine.dynamodb;

import static io.statedesk.engine.dynamodb.EngineFixture.putRaw;
import static io.statedesk.engine.dynamodb.EngineFixture.setS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.error.InvalidRequestException;
import io.statedesk.engine.error.TableNotFoundException;
import io.statedesk.engine.model.SetRequest;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.scan.ResumeToken;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.engine.scan.ScanPage;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.engine.scan.ScanSummary;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@WithTestDatabase
class ScanIT {

    private static final int APP1 = 150;
    private static final int APP2 = 100;

    private DynamoDbClient client;
    private String table;
    private StateStore store;

    @BeforeEach
    void setUp(DaprTables tables, DynamoDbClient client) {
        this.client = client;
        // No table-level TTL: DynamoDB Local 3.3.1 deletes expired items of TTL-enabled tables (see DaprExtraCasesIT).
        this.table = tables.create();
        this.store = EngineFixture.store(client, StoreConfig.of(table).withTtlAttributeName("expiresAt"));
        List<SetRequest> requests = new ArrayList<>();
        IntStream.range(0, APP1).forEach(i -> requests.add(setS("app1||k" + i, "{\"i\":" + i + "}")));
        IntStream.range(0, APP2).forEach(i -> requests.add(setS("app2||k" + i, "\"v\"").withTtlInSeconds(
                i % 2 == 0 ? "3600" : "-1")));
        assertThat(store.bulkSet(requests)).allMatch(StateStore.BulkWriteResult::succeeded);
    }

    private static ScanRequest request(String prefix, boolean keysOnly, int segments, int pageSize) {
        return new ScanRequest(prefix, keysOnly, segments, pageSize, null);
    }

    private record Collected(List<ScanPage> pages, Map<String, StateItem> items, ScanSummary summary) {
    }

    private Collected collect(ScanRequest request, ScanControl control, int cancelAfterPages) {
        List<ScanPage> pages = new CopyOnWriteArrayList<>();
        Map<String, StateItem> items = new ConcurrentHashMap<>();
        ScanSummary summary = store.scan(request, page -> {
            pages.add(page);
            for (StateItem item : page.items()) {
                assertThat(items.put(item.key().stored(), item)).as("delivered once: %s", item.key().stored()).isNull();
            }
            if (pages.size() >= cancelAfterPages) {
                control.cancel();
            }
        }, control);
        return new Collected(pages, items, summary);
    }

    @Test
    void scanAll_inParallelSegments_deliversEveryItemOnce_inPages() {
        Collected all = collect(request(null, false, 4, 20), new ScanControl(), Integer.MAX_VALUE);

        assertThat(all.items()).hasSize(APP1 + APP2);
        assertThat(all.pages()).hasSizeGreaterThanOrEqualTo((APP1 + APP2) / 20);
        assertThat(all.pages()).allSatisfy(page -> assertThat(page.items().size()).isLessThanOrEqualTo(20));
        assertThat(all.pages().stream().map(ScanPage::segment).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(all.summary().complete()).isTrue();
        assertThat(all.summary().resume()).isNull();
        assertThat(all.summary().items()).isEqualTo(APP1 + APP2);
        assertThat(all.summary().scanned()).isEqualTo(APP1 + APP2);
        StateItem one = all.items().get("app1||k7");
        assertThat(new String(one.value())).isEqualTo("{\"i\":7}");
        assertThat(one.key().appId()).isEqualTo("app1");
    }

    @Test
    void scan_reportsConsumedCapacity_summedOverPages() {
        ScanSummary summary = collect(request(null, false, 2, 50), new ScanControl(), Integer.MAX_VALUE).summary();

        // DynamoDB Local reports ConsumedCapacity for ReturnConsumedCapacity=TOTAL like DynamoDB.
        assertThat(summary.consumedReadCapacity()).isPositive();
    }

    @Test
    void scanWithPrefix_filtersOnTheServer_withBeginsWith() {
        Collected app2 = collect(request("app2||", false, 3, 40), new ScanControl(), Integer.MAX_VALUE);

        assertThat(app2.items()).hasSize(APP2).allSatisfy((key, item) -> assertThat(key).startsWith("app2||"));
        // the filter runs after the read: every item was scanned, only matches came back
        assertThat(app2.summary().scanned()).isEqualTo(APP1 + APP2);
        assertThat(app2.summary().items()).isEqualTo(APP2);
    }

    @Test
    void keysOnly_leavesOutTheValue_butKeepsEtagAndTtl_andMarksExpiredItems() {
        Collected keys = collect(request(null, true, 4, 100), new ScanControl(), Integer.MAX_VALUE);

        assertThat(keys.items()).hasSize(APP1 + APP2);
        assertThat(keys.items().values()).allSatisfy(item -> {
            assertThat(item.hasValue()).isFalse();
            assertThat(item.storage()).isNull();
            assertThat(item.valueLength()).isZero();
            assertThat(item.etag()).matches(EngineFixture.ETAG_PATTERN);
        });
        assertThat(keys.items().get("app2||k0").expired()).isFalse();
        assertThat(keys.items().get("app2||k0").ttlEpochSeconds()).isNotNull();
        assertThat(keys.items().get("app2||k1").expired()).isTrue();
        long expired = keys.items().values().stream().filter(StateItem::expired).count();
        assertThat(expired).isEqualTo(APP2 / 2);
    }

    @Test
    void cancel_stopsAfterThePagesInFlight_andTheResumeTokenFinishesTheScan() {
        ScanControl control = new ScanControl();
        Collected first = collect(request(null, false, 4, 10), control, 2);

        assertThat(first.summary().complete()).isFalse();
        ResumeToken token = first.summary().resume();
        assertThat(token.segments()).hasSize(4);
        // at most one page in flight per segment after the cancel
        assertThat(first.pages()).hasSizeLessThanOrEqualTo(2 + 4);
        assertThat(first.items()).hasSizeLessThan(APP1 + APP2);

        Collected rest = collect(new ScanRequest(null, false, 4, 10, token), new ScanControl(), Integer.MAX_VALUE);

        assertThat(rest.summary().complete()).isTrue();
        Set<String> union = new java.util.HashSet<>(first.items().keySet());
        for (String key : rest.items().keySet()) {
            assertThat(union.add(key)).as("not delivered twice: %s", key).isTrue();
        }
        assertThat(union).hasSize(APP1 + APP2);
    }

    @Test
    void interruptingTheCallingThread_cancelsTheScan_keepsTheInterrupt_andLeavesAResumeToken() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            Map<String, StateItem> seen = new ConcurrentHashMap<>();
            Future<Object[]> run = single.submit(() -> {
                Thread caller = Thread.currentThread();
                ScanSummary summary = store.scan(request(null, false, 2, 10), page -> {
                    page.items().forEach(item -> seen.put(item.key().stored(), item));
                    caller.interrupt();
                }, new ScanControl());
                return new Object[] {summary, Thread.interrupted()};
            });
            Object[] result = run.get(30, TimeUnit.SECONDS);
            ScanSummary summary = (ScanSummary) result[0];

            assertThat(summary.complete()).isFalse();
            assertThat((Boolean) result[1]).as("interrupt kept for the caller").isTrue();
            assertThat(seen).hasSizeLessThan(APP1 + APP2);
            Collected rest = collect(new ScanRequest(null, false, 2, 10, summary.resume()), new ScanControl(),
                    Integer.MAX_VALUE);
            Set<String> union = new java.util.HashSet<>(seen.keySet());
            union.addAll(rest.items().keySet());
            assertThat(union).hasSize(APP1 + APP2);
            assertThat(seen.size() + rest.items().size()).isEqualTo(APP1 + APP2);
        } finally {
            single.shutdownNow();
        }
    }

    @Test
    void resume_withAnotherSegmentCount_isRefused() {
        ResumeToken token = new ResumeToken(List.of(new ResumeToken.SegmentPosition(null, false)));

        assertThatThrownBy(() -> store.scan(new ScanRequest(null, false, 2, 10, token), page -> { }, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("same number of segments");
    }

    @Test
    void listenerFailure_stopsTheScan_andPropagates() {
        List<ScanPage> pages = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> store.scan(request(null, false, 4, 10), page -> {
            pages.add(page);
            throw new IllegalStateException("listener broke");
        }, new ScanControl())).isInstanceOf(IllegalStateException.class).hasMessage("listener broke");
        assertThat(pages).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void scan_readsItemsDaprsGetCannot_withTheProblemNamed() {
        putRaw(client, table, Map.of("key", AttributeValue.fromS("app3||bad"), "value", AttributeValue.fromBool(true)));

        Collected app3 = collect(request("app3||", false, 1, 100), new ScanControl(), Integer.MAX_VALUE);

        assertThat(app3.items().get("app3||bad").problem()).contains("BOOL");
    }

    @Test
    void scan_ofAMissingTable_isTableNotFound(DaprTables tables) {
        StateStore missing = EngineFixture.store(client, StoreConfig.of("no-such-table"));

        assertThatThrownBy(() -> missing.scan(ScanRequest.all(), page -> { }, new ScanControl()))
                .isInstanceOf(TableNotFoundException.class).hasMessageContaining("no-such-table");
    }
}
