package io.statedesk.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.history.WriteHistory;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.RawItems;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.keys.KeyRow;
import io.statedesk.ui.keys.KeyTableViewModel;
import io.statedesk.session.StoreSession;
import io.statedesk.ui.workspace.StoreTabViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@WithTestDatabase
class SearchBarViewModelIT {

    @TempDir
    Path home;

    private DynamoDbClient client;
    private String table;
    private KeyTableViewModel keys;
    private SearchBarViewModel search;

    @BeforeEach
    void fill(DynamoDbClient client, DaprTables tables) {
        this.client = client;
        table = tables.create();
        RawItems raw = new RawItems(client, table);
        raw.putS("shop||1", "{\"status\":\"pending\"}");
        raw.putS("shop||2", "{\"status\":\"shipped\"}");
        raw.putS("shop||3", "pending, not JSON");
        raw.putB("shop||4", new byte[] {0, 1, 2});
        raw.putB("shop||5", "{\"status\":\"pending\"}".getBytes(StandardCharsets.UTF_8));
        StoreSession session = UiStores.session(client, table, false);
        keys = new KeyTableViewModel(session::store, new CurrentThreadTaskRunner());
        search = new SearchBarViewModel(keys, keys::refresh);
        keys.refresh();
    }

    private java.util.List<String> shown() {
        return keys.visibleRows().stream().map(KeyRow::storedKey).sorted().toList();
    }

    @Test
    void aJsonQuery_listsOnlyTheMatchingKeys_andTheStatusSaysWhatWasSkipped() {
        search.modeProperty().set(SearchMode.JSON_QUERY);
        search.textProperty().set("status == 'pending'");
        search.apply();

        assertThat(shown()).containsExactly("shop||1", "shop||5");
        assertThat(keys.statusProperty().get()).isEqualTo("2 keys with values where status == 'pending' · 5 items read"
                + " · 1 binary and 1 not JSON values skipped");
        assertThat(search.searching()).isTrue();
    }

    @Test
    void valueText_isCaseSensitiveByDefault_andFindsAnyCaseWhenAsked() {
        search.modeProperty().set(SearchMode.VALUE_TEXT);
        search.textProperty().set("PENDING");
        search.apply();
        assertThat(shown()).isEmpty();

        search.matchCaseProperty().set(false);
        search.apply();
        assertThat(shown()).containsExactly("shop||1", "shop||3", "shop||5");
    }

    @Test
    void anInvalidQuery_doesNotScan_andSaysHowToWriteIt() {
        search.modeProperty().set(SearchMode.JSON_QUERY);
        search.textProperty().set("items[?qty > 10]");
        search.apply();

        assertThat(search.problemProperty().get()).contains("qty > `10`");
        assertThat(keys.errorProperty().get()).startsWith("The search did not run: not a JMESPath expression");
        assertThat(shown()).hasSize(5);
        assertThat(search.searching()).isFalse();
    }

    @Test
    void clearingTheSearch_orGoingBackToKeys_listsEveryKeyAgain() {
        search.modeProperty().set(SearchMode.JSON_QUERY);
        search.textProperty().set("status == 'pending'");
        search.apply();
        assertThat(shown()).hasSize(2);

        search.modeProperty().set(SearchMode.KEYS);

        assertThat(shown()).hasSize(5);
        assertThat(search.searching()).isFalse();
        assertThat(keys.statusProperty().get()).isEqualTo("5 keys");
    }

    @Test
    void keyMode_filtersTheLoadedKeysAsTyped_withoutAScan() {
        search.textProperty().set("||2");

        assertThat(shown()).containsExactly("shop||2");
    }

    @Test
    void onATableThatIsNotLocal_theSearchAsksFirst_namingWhatItSearches() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.confirmAnswer = false;
        StoreTabViewModel tab = new StoreTabViewModel(UiStores.session(client, table, true),
                new CurrentThreadTaskRunner(), dialogs, new WriteHistory(home.resolve("h.jsonl")), Clock.systemUTC());
        SearchBarViewModel remote = new SearchBarViewModel(tab.keys(), tab::scan);
        remote.modeProperty().set(SearchMode.JSON_QUERY);
        remote.textProperty().set("status == 'pending'");

        remote.apply();

        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("Searching values where status == 'pending' scans the whole table");
        assertThat(tab.keys().visibleRows()).isEmpty();
    }
}
