package io.statedesk.compare;

import static io.statedesk.testing.EngineStores.setB;
import static io.statedesk.testing.EngineStores.setS;
import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.EngineStores;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@WithTestDatabase
class StoreDiffIT {

    private record Compared(Map<String, DiffEntry> entries, List<DiffEntry> order, DiffSummary summary) {
        DiffKind kind(String key) {
            return entries.get(key).kind();
        }
    }

    private static Compared compare(Side left, Side right) {
        List<DiffEntry> order = new ArrayList<>();
        DiffSummary summary = new StoreDiff(2).run(left, right, order::add, new ScanControl());
        return new Compared(order.stream().collect(Collectors.toMap(DiffEntry::key, e -> e)), order, summary);
    }

    @Test
    void twoStores_giveAllFourClasses_andJsonKeyOrderAndWhitespaceAreNoDifference(DaprTables tables) {
        StateStore left = EngineStores.fresh(tables);
        StateStore right = EngineStores.fresh(tables);
        setS(left, "app||only-left", "{\"a\":1}");
        setS(right, "app||only-right", "{\"a\":1}");
        setS(left, "app||reordered", "{\"status\":\"pending\",\"items\":[1,2],\"n\":1.0}");
        setS(right, "app||reordered", "{ \"n\": 1, \"items\": [ 1, 2 ],\n  \"status\": \"pending\" }");
        setS(left, "app||changed", "{\"status\":\"pending\"}");
        setS(right, "app||changed", "{\"status\":\"shipped\"}");
        setS(left, "app||text", "hello");
        setS(right, "app||text", "hello");

        Compared result = compare(Side.of(left, ""), Side.of(right, ""));

        assertThat(result.kind("app||only-left")).isEqualTo(DiffKind.ONLY_LEFT);
        assertThat(result.kind("app||only-right")).isEqualTo(DiffKind.ONLY_RIGHT);
        assertThat(result.kind("app||changed")).isEqualTo(DiffKind.DIFFERENT);
        assertThat(result.entries().get("app||changed").reason()).isEqualTo("value");
        assertThat(result.kind("app||reordered")).isEqualTo(DiffKind.SAME);
        assertThat(result.kind("app||text")).isEqualTo(DiffKind.SAME);
        assertThat(result.summary()).isEqualTo(new DiffSummary(1, 1, 1, 2, 0, true,
                result.summary().readUnits()));
        assertThat(result.summary().equal()).isFalse();
        // the keys only the left side had come last, once the right side is read
        assertThat(result.order().get(result.order().size() - 1).key()).isEqualTo("app||only-left");
    }

    @Test
    void theSameJsonStoredAsSOnOneSideAndBOnTheOther_differsInStorageOnly(DaprTables tables) {
        StateStore left = EngineStores.fresh(tables);
        StateStore right = EngineStores.fresh(tables);
        setS(left, "app||k", "{\"a\":1}");
        setB(right, "app||k", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        Compared result = compare(Side.of(left, ""), Side.of(right, ""));

        assertThat(result.kind("app||k")).isEqualTo(DiffKind.DIFFERENT);
        assertThat(result.entries().get("app||k").reason()).isEqualTo("storage S/B");
    }

    @Test
    void identicalStores_areEqual_andEntriesCarryTheEtagsSeen(DaprTables tables) {
        StateStore left = EngineStores.fresh(tables);
        StateStore right = EngineStores.fresh(tables);
        String leftEtag = setS(left, "app||k", "[1,2]");
        String rightEtag = setS(right, "app||k", "[1, 2]");

        Compared result = compare(Side.of(left, ""), Side.of(right, ""));

        assertThat(result.summary().equal()).isTrue();
        assertThat(result.entries().get("app||k").left().etag()).isEqualTo(leftEtag);
        assertThat(result.entries().get("app||k").right().etag()).isEqualTo(rightEtag);
    }

    @Test
    void twoPrefixesOfOneTable_areMatchedByWhatFollowsThePrefix(DaprTables tables) {
        StateStore store = EngineStores.fresh(tables);
        setS(store, "orders||1", "{\"v\":1}");
        setS(store, "orders-v2||1", "{\"v\":1}");
        setS(store, "orders||2", "{\"v\":2}");
        setS(store, "orders-v2||2", "{\"v\":3}");
        setS(store, "orders-v2||3", "{}");

        Compared result = compare(Side.of(store, "orders||"), Side.of(store, "orders-v2||"));

        assertThat(result.entries()).containsOnlyKeys("1", "2", "3");
        assertThat(result.kind("1")).isEqualTo(DiffKind.SAME);
        assertThat(result.kind("2")).isEqualTo(DiffKind.DIFFERENT);
        assertThat(result.kind("3")).isEqualTo(DiffKind.ONLY_RIGHT);
        assertThat(result.entries().get("3").right().storedKey()).isEqualTo("orders-v2||3");
    }

    @Test
    void expiredItems_areLeftOut_asDaprReadsThemAsAbsent(DaprTables tables) {
        String leftTable = tables.create();
        StateStore left = EngineStores.open(tables.client(), leftTable, false);
        StateStore right = EngineStores.fresh(tables);
        EngineStores.putRaw(tables.client(), leftTable, "app||gone", AttributeValue.fromS("{}"), "1",
                Instant.now().getEpochSecond() - 60);

        Compared result = compare(Side.of(left, ""), Side.of(right, ""));

        assertThat(result.entries()).isEmpty();
        assertThat(result.summary().expired()).isEqualTo(1);
        assertThat(result.summary().equal()).isTrue();
    }
}
