package io.statedesk.transfer;

import static io.statedesk.testing.EngineStores.setB;
import static io.statedesk.testing.EngineStores.setS;
import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.compare.DiffEntry;
import io.statedesk.compare.DiffKind;
import io.statedesk.compare.Side;
import io.statedesk.compare.StoreDiff;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.Storage;
import io.statedesk.engine.scan.ScanControl;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.EngineStores;
import io.statedesk.testing.WithTestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Copy in each mode between two stores of the test database, planned (dry run) and then run. */
@WithTestDatabase
class CopyIT {

    private DaprTables tables;
    private String sourceTable;
    private StateStore source;
    private StateStore target;

    @BeforeEach
    void stores(DaprTables tables) {
        this.tables = tables;
        sourceTable = tables.create();
        source = EngineStores.open(tables.client(), sourceTable, false);
        target = EngineStores.fresh(tables);
        setS(source, "app||new", "{\"a\":1}");
        setS(source, "app||both", "{\"a\":\"source\"}");
        setB(source, "app||bytes", new byte[] {0, 1, 2, (byte) 0xff});
        setS(target, "app||both", "{\"a\":\"target\"}");
    }

    private List<PlanEntry> plan(CopyMode mode, KeyRewrite rewrite, boolean keepTtl, List<String> keys) {
        TransferPlanner planner = new TransferPlanner(target, mode, Clock.systemUTC());
        CopySource copier = new CopySource(rewrite, keepTtl);
        return keys.stream().map(key -> copier.read(source, key, Expected.unknown(), planner)).toList();
    }

    private TransferReport run(List<PlanEntry> plan, CopyMode mode) {
        return TransferRun.run(plan, new ItemWriter(target, mode, Clock.systemUTC()), () -> false,
                (i, entry, outcome) -> { });
    }

    private Map<String, String> outcomes(TransferReport report) {
        return report.lines().stream().collect(Collectors.toMap(line -> line.entry().targetKey(),
                line -> line.outcome().word()));
    }

    private String text(StateStore store, String key) {
        return new String(store.browse(key).orElseThrow().value(), StandardCharsets.UTF_8);
    }

    @Test
    void createOnly_writesNewKeys_andLeavesKeysTheTargetHolds() {
        List<PlanEntry> plan = plan(CopyMode.CREATE_ONLY, KeyRewrite.NONE, true,
                List.of("app||new", "app||both", "app||bytes"));
        assertThat(plan).extracting(PlanEntry::action).containsExactly(PlanEntry.Action.CREATE,
                PlanEntry.Action.SKIP_EXISTS, PlanEntry.Action.CREATE);
        assertThat(target.browse("app||new")).as("the dry run writes nothing").isEmpty();

        TransferReport report = run(plan, CopyMode.CREATE_ONLY);

        assertThat(outcomes(report)).containsEntry("app||new", "written").containsEntry("app||both", "skipped")
                .containsEntry("app||bytes", "written");
        assertThat(text(target, "app||both")).isEqualTo("{\"a\":\"target\"}");
        StateItem bytes = target.browse("app||bytes").orElseThrow();
        assertThat(bytes.storage()).isEqualTo(Storage.B);
        assertThat(bytes.value()).containsExactly(0, 1, 2, 0xff);
        assertThat(bytes.etag()).as("a new ETag, as daprd writes")
                .isNotEqualTo(source.browse("app||bytes").orElseThrow().etag()).matches("^[0-9a-f]{1,16}$");
    }

    @Test
    void overwrite_replacesWhatTheTargetHolds() {
        TransferReport report = run(plan(CopyMode.OVERWRITE, KeyRewrite.NONE, true, List.of("app||both")),
                CopyMode.OVERWRITE);

        assertThat(outcomes(report)).containsEntry("app||both", "written");
        assertThat(text(target, "app||both")).isEqualTo("{\"a\":\"source\"}");
    }

    @Test
    void etagChecked_fromACompare_reportsAConcurrentWrite_andNeverOverwritesIt() {
        List<DiffEntry> diff = new ArrayList<>();
        new StoreDiff(2).run(Side.of(source, ""), Side.of(target, ""), diff::add, new ScanControl());
        // someone writes to the target between the compare and the copy
        setS(target, "app||both", "{\"a\":\"written meanwhile\"}");

        TransferPlanner planner = new TransferPlanner(target, CopyMode.ETAG_CHECKED, Clock.systemUTC());
        CopySource copier = new CopySource(KeyRewrite.NONE, true);
        List<PlanEntry> plan = diff.stream().filter(e -> e.kind() != DiffKind.SAME && e.left() != null)
                .map(e -> copier.read(source, e.left().storedKey(), e.right() == null ? Expected.absent()
                        : new Expected.Etag(e.right().etag()), planner)).toList();
        TransferReport report = run(plan, CopyMode.ETAG_CHECKED);

        assertThat(outcomes(report)).containsEntry("app||both", "conflict").containsEntry("app||new", "written")
                .containsEntry("app||bytes", "written");
        assertThat(report.lines().stream().filter(l -> l.entry().targetKey().equals("app||both")).findFirst()
                .orElseThrow().outcome().detail()).contains("changed in the target since it was compared");
        assertThat(text(target, "app||both")).isEqualTo("{\"a\":\"written meanwhile\"}");
    }

    @Test
    void etagChecked_aWriteBetweenTheDryRunAndTheRun_isAConflictFromTheEngine_notAnOverwrite() {
        List<PlanEntry> plan = plan(CopyMode.ETAG_CHECKED, KeyRewrite.NONE, true, List.of("app||both", "app||new"));
        assertThat(plan).extracting(PlanEntry::action).containsExactly(PlanEntry.Action.OVERWRITE,
                PlanEntry.Action.CREATE);
        setS(target, "app||both", "{\"a\":\"written meanwhile\"}");
        setS(target, "app||new", "{\"created\":\"meanwhile\"}");

        TransferReport report = run(plan, CopyMode.ETAG_CHECKED);

        assertThat(outcomes(report)).containsEntry("app||both", "conflict").containsEntry("app||new", "conflict");
        assertThat(text(target, "app||both")).isEqualTo("{\"a\":\"written meanwhile\"}");
        assertThat(text(target, "app||new")).isEqualTo("{\"created\":\"meanwhile\"}");
    }

    @Test
    void aSecondRun_findsEverythingAlreadyThere_andWritesNothing() {
        run(plan(CopyMode.CREATE_ONLY, KeyRewrite.NONE, true, List.of("app||new")), CopyMode.CREATE_ONLY);
        String etag = target.browse("app||new").orElseThrow().etag();

        List<PlanEntry> again = plan(CopyMode.OVERWRITE, KeyRewrite.NONE, true, List.of("app||new"));

        assertThat(again).extracting(PlanEntry::action).containsExactly(PlanEntry.Action.UNCHANGED);
        assertThat(outcomes(run(again, CopyMode.OVERWRITE))).containsEntry("app||new", "unchanged");
        assertThat(target.browse("app||new").orElseThrow().etag()).isEqualTo(etag);
    }

    @Test
    void theAppIdPrefix_isRewritten_whenTheAppsDiffer() {
        TransferReport report = run(plan(CopyMode.CREATE_ONLY, KeyRewrite.appId("app", "app-v2"), true,
                List.of("app||new")), CopyMode.CREATE_ONLY);

        assertThat(outcomes(report)).containsEntry("app-v2||new", "written");
        assertThat(text(target, "app-v2||new")).isEqualTo("{\"a\":1}");
        assertThat(target.browse("app||new")).isEmpty();
    }

    @Test
    void theTtlEpoch_isKept_orDropped() {
        long epoch = Instant.now().getEpochSecond() + 3600;
        EngineStores.putRaw(tables.client(), sourceTable, "app||ttl", AttributeValue.fromS("{}"), "7", epoch);

        run(plan(CopyMode.CREATE_ONLY, KeyRewrite.NONE, true, List.of("app||ttl")), CopyMode.CREATE_ONLY);
        assertThat(target.browse("app||ttl").orElseThrow().ttlEpochSeconds()).isEqualTo(epoch);

        run(plan(CopyMode.OVERWRITE, KeyRewrite.NONE, false, List.of("app||ttl")), CopyMode.OVERWRITE);
        assertThat(target.browse("app||ttl").orElseThrow().ttlEpochSeconds()).isNull();
    }

    @Test
    void expiredAndMissingSourceItems_areSkipped_withTheReason() {
        EngineStores.putRaw(tables.client(), sourceTable, "app||expired", AttributeValue.fromS("{}"), "7",
                Instant.now().getEpochSecond() - 5);

        List<PlanEntry> plan = plan(CopyMode.OVERWRITE, KeyRewrite.NONE, true, List.of("app||expired", "app||none"));

        assertThat(plan).extracting(PlanEntry::note).containsExactly(
                "expired in the source (Dapr reads it as absent)", "no longer in the source");
        assertThat(outcomes(run(plan, CopyMode.OVERWRITE))).containsValues("skipped");
        assertThat(target.browse("app||expired")).isEmpty();
    }

    @Test
    void aReadOnlyTarget_refusesTheFirstWrite_andTheRunStopsThere() {
        StateStore readOnly = EngineStores.open(tables.client(), target.config().table(), true);
        List<PlanEntry> plan = plan(CopyMode.OVERWRITE, KeyRewrite.NONE, true, List.of("app||new", "app||bytes"));

        TransferReport report = TransferRun.run(plan, new ItemWriter(readOnly, CopyMode.OVERWRITE,
                Clock.systemUTC()), () -> false, (i, entry, outcome) -> { });

        assertThat(outcomes(report)).containsEntry("app||new", "failed").containsEntry("app||bytes", "not-run");
        assertThat(report.stoppedBecause()).isEqualTo("the run stopped at app||new");
        assertThat(target.browse("app||new")).isEmpty();
    }

    @Test
    void cancelling_leavesTheRestNotRun() {
        List<PlanEntry> plan = plan(CopyMode.OVERWRITE, KeyRewrite.NONE, true, List.of("app||new", "app||bytes"));
        int[] done = {0};

        TransferReport report = TransferRun.run(plan, new ItemWriter(target, CopyMode.OVERWRITE, Clock.systemUTC()),
                () -> done[0] >= 1, (i, entry, outcome) -> done[0]++);

        assertThat(outcomes(report)).containsEntry("app||new", "written").containsEntry("app||bytes", "not-run");
        assertThat(report.describe()).isEqualTo("1 written, 1 not run (stopped by the user)");
    }
}
