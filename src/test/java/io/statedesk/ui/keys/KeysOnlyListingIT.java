package io.statedesk.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.StateStore;
import io.statedesk.engine.scan.ScanRequest;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.QueuedTaskRunner;
import io.statedesk.session.StoreSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The window lists keys only and reads a value when its row is shown (issue 19). */
@WithTestDatabase
class KeysOnlyListingIT {

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<ScanRequest> scans = Collections.synchronizedList(new ArrayList<>());

    /** The real store, with every call to it noted. */
    private StateStore recording(StateStore real) {
        return (StateStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {StateStore.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("scan")) {
                        scans.add((ScanRequest) args[0]);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void listing_scansKeysOnlyWithEverySegment_andReadsNoValue(DynamoDbClient client, DaprTables tables) {
        StoreSession session = UiStores.session(client, UiStores.sampleTable(tables), false);
        StateStore store = recording(session.store());
        QueuedTaskRunner runner = new QueuedTaskRunner();
        KeyTableViewModel model = new KeyTableViewModel(() -> store, runner);

        model.refresh();
        runner.drain();

        assertThat(model.visibleRows()).isNotEmpty();
        assertThat(scans).singleElement().satisfies(request -> {
            assertThat(request.keysOnly()).as("the value attribute is projected out").isTrue();
            assertThat(request.segments()).isEqualTo(ScanRequest.DEFAULT_SEGMENTS);
        });
        assertThat(calls).containsOnly("scan");
        assertThat(model.visibleRows()).allSatisfy(row -> assertThat(row.valueRead()).isFalse());
    }

    @Test
    void shownRows_readTheirValuesTogether_once_andTheCacheIsBounded(DynamoDbClient client, DaprTables tables) {
        StoreSession session = UiStores.session(client, UiStores.sampleTable(tables), false);
        StateStore store = recording(session.store());
        QueuedTaskRunner runner = new QueuedTaskRunner();
        KeyTableViewModel model = new KeyTableViewModel(() -> store, runner);
        model.refresh();
        runner.drain();
        calls.clear();
        List<KeyRow> shown = List.copyOf(model.visibleRows().subList(0, 3));

        var previews = shown.stream().map(model::valueOf).toList();
        assertThat(previews).allSatisfy(p -> assertThat(p.get()).isSameAs(ValuePreview.READING));
        runner.drain();

        assertThat(calls).as("one read for the rows asked in one turn").containsExactly("browseAll");
        assertThat(previews).allSatisfy(p -> assertThat(p.get().preview()).isNotEqualTo("…"));
        shown.forEach(model::valueOf);
        runner.drain();
        assertThat(calls).as("cached").hasSize(1);
        assertThat(model.previewReadCount()).isEqualTo(1);
    }

    @Test
    void previewCache_dropsTheLeastRecentlyShown_pastItsBound(DynamoDbClient client, DaprTables tables) {
        StoreSession session = UiStores.session(client, UiStores.sampleTable(tables), false);
        StateStore store = recording(session.store());
        QueuedTaskRunner runner = new QueuedTaskRunner();
        KeyTableViewModel model = new KeyTableViewModel(() -> store, runner);
        int count = KeyTableViewModel.PREVIEW_CACHE_ROWS + 1;
        // Items saved in the window come with their value: their previews go straight into the cache.
        for (int i = 0; i < count; i++) {
            byte[] value = ("v" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            model.upsert(new io.statedesk.engine.model.StateItem(io.statedesk.engine.model.StateKey.parse(
                    "app||k" + i, io.statedesk.engine.model.KeyPrefix.appId()), value, true,
                    io.statedesk.engine.model.Storage.S, "e" + i, null, false, value.length));
        }
        runner.drain();

        KeyRow newest = model.row("app||k" + (count - 1)).orElseThrow();
        KeyRow oldest = model.row("app||k0").orElseThrow();
        assertThat(model.valueOf(newest).get().preview()).isEqualTo("v" + (count - 1));
        assertThat(model.valueOf(oldest).get()).as("dropped from the cache: read again").isSameAs(ValuePreview.READING);
        assertThat(calls).doesNotContain("browseAll");
    }
}
