package io.statedesk.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.BulkLoad;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.QueuedTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What keeps the window responsive while a large scan streams in, checked by counting instead of timing: the UI
 * thread takes the rows in many short turns, none of which adds more than {@link KeyTableViewModel#MAX_ROWS_PER_FLUSH}
 * rows. (The timed probe of the same behaviour is a benchmark: docs/benchmarks.md.)
 */
@WithTestDatabase
class KeyTableTurnsIT {

    private static final int KEYS = 9_000;

    @Test
    void largeScan_reachesTheTable_inBoundedTurns(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        BulkLoad.fill(client, table, KEYS);
        QueuedTaskRunner runner = new QueuedTaskRunner();
        KeyTableViewModel model = new KeyTableViewModel(() -> UiStores.store(client, UiStores.configFor(table)),
                runner);
        AtomicInteger before = new AtomicInteger();
        List<Integer> addedPerTurn = new ArrayList<>();
        runner.afterEachTurn(() -> {
            int now = model.visibleRows().size();
            addedPerTurn.add(now - before.getAndSet(now));
        });

        model.refresh();
        runner.drain();

        assertThat(model.loadedProperty().get()).isEqualTo(KEYS);
        assertThat(model.scanningProperty().get()).isFalse();
        assertThat(addedPerTurn).allSatisfy(added -> assertThat(added).isLessThanOrEqualTo(
                KeyTableViewModel.MAX_ROWS_PER_FLUSH));
        assertThat(addedPerTurn.stream().filter(added -> added > 0).count())
                .as("turns that added rows").isGreaterThanOrEqualTo(KEYS / KeyTableViewModel.MAX_ROWS_PER_FLUSH);
        assertThat(model.statusProperty().get()).isEqualTo("9,000 keys");
        List<String> keys = model.visibleRows().stream().map(KeyRow::storedKey).toList();
        assertThat(keys).as("merged batch by batch into natural order")
                .isSortedAccordingTo(io.statedesk.ui.common.NaturalOrder.INSTANCE).doesNotHaveDuplicates();
    }
}
