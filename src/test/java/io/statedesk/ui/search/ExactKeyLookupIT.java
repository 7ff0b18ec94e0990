package io.statedesk.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.StateStore;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableViewModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Enter on an exact key in the key filter reads that key (GetItem), not the table (issue 19). */
@WithTestDatabase
class ExactKeyLookupIT {

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private KeyTableViewModel keys;
    private SearchBarViewModel search;
    private int scansAsked;

    @BeforeEach
    void fill(DynamoDbClient client, DaprTables tables) {
        String table = tables.create();
        RawItems raw = new RawItems(client, table);
        for (int i = 0; i < 50; i++) {
            raw.putS("shop||order-" + i, "{\"n\":" + i + "}");
        }
        StateStore real = UiStores.session(client, table, false).store();
        StateStore store = (StateStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StateStore.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        keys = new KeyTableViewModel(() -> store, new CurrentThreadTaskRunner());
        search = new SearchBarViewModel(keys, () -> scansAsked++);
    }

    @Test
    void enterOnAnExactKey_readsThatKeyAlone_andReportsItsRow() {
        search.textProperty().set("shop||order-42");

        search.apply();

        assertThat(calls).as("one GetItem, no scan").containsExactly("browse");
        assertThat(scansAsked).isZero();
        KeyRow found = keys.lookedUpProperty().get();
        assertThat(found).isNotNull();
        assertThat(found.storedKey()).isEqualTo("shop||order-42");
        assertThat(keys.visibleRows()).containsExactly(found);
        assertThat(found.valueSize()).as("the value was read").isEqualTo("{\"n\":42}".length());
    }

    @Test
    void enterOnAKeyThatIsNotThere_saysSo_withoutAScan() {
        search.textProperty().set("order-42");

        search.apply();

        assertThat(calls).containsExactly("browse");
        assertThat(keys.lookedUpProperty().get()).isNull();
        assertThat(keys.errorProperty().get()).contains("No key \"order-42\" in the table", "exact stored key");
    }
}
