package io.statedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.history.WriteHistory;
import io.statedesk.session.AwsProfileChoice;
import io.statedesk.session.ComponentChoice;
import io.statedesk.session.OpenFailedException;
import io.statedesk.session.PreparedComponent;
import io.statedesk.session.PreparedComponents;
import io.statedesk.session.Remedy;
import io.statedesk.session.SandboxControl;
import io.statedesk.session.Sessions;
import io.statedesk.session.SignInNeed;
import io.statedesk.session.SignInPrompt;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.ScriptedDialogs;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.common.UnsavedChoice;
import io.statedesk.ui.workspace.StoreTabViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Opening components: messages that fit the case with their remedies, tab titles that tell tabs apart. */
@WithTestDatabase
class MainViewModelOpenIT {

    @TempDir
    Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Opener opener = new Opener();
    private final List<ComponentChoice> edited = new ArrayList<>();
    private MainViewModel model;
    private DynamoDbClient client;
    private DaprTables tables;

    @BeforeEach
    void window(DynamoDbClient client, DaprTables tables) {
        this.client = client;
        this.tables = tables;
        SandboxControl noSandbox = new SandboxControl() {
            @Override
            public StoreSession start(boolean replaceLegacy) {
                throw new AssertionError("no sandbox here");
            }

            @Override
            public StoreSession reset() {
                throw new AssertionError("no sandbox here");
            }

            @Override
            public StoreSession useEndpoint(java.net.URI endpoint) {
                throw new AssertionError("no sandbox here");
            }
        };
        model = new MainViewModel(new CurrentThreadTaskRunner(), dialogs, opener, noSandbox,
                new WriteHistory(home.resolve("history.jsonl")), Clock.systemUTC());
        model.setOnEditComponent(edited::add);
    }

    private static ComponentChoice usable(String name, String file) {
        return new ComponentChoice(name, "state.aws.dynamodb", Path.of(file), 1, true, List.of());
    }

    @Test
    void oneInvalidFile_saysWhatIsWrongWithIt_notThatSeveralWereFound_andOffersTheForm() {
        ComponentChoice invalid = new ComponentChoice("statestore", "state.aws.dynamodb",
                Path.of("components", "statestore.yaml"), 3, false,
                List.of("statestore.yaml:9: metadata table is required: add the table name"));
        opener.choices.put(Path.of("components", "statestore.yaml"), List.of(invalid));
        dialogs.problemAnswers.add(Remedy.EDIT_COMPONENT);

        model.open(Path.of("components", "statestore.yaml"));

        assertThat(dialogs.componentChoicesShown).isZero();
        assertThat(dialogs.problems).singleElement().asString().startsWith("Cannot open statestore")
                .contains("metadata table is required").contains("EDIT_COMPONENT");
        assertThat(edited).containsExactly(invalid);
        assertThat(model.tabs()).isEmpty();
    }

    @Test
    void aMissingTable_offersToCreateIt_thenOpens() {
        String table = UiStores.sampleTable(tables);
        ComponentChoice choice = usable("statestore", "local/statestore.yaml");
        opener.choices.put(Path.of("local"), List.of(choice));
        opener.failures.add(new OpenFailedException("Table 'dapr-state' does not exist at http://127.0.0.1:8000.",
                List.of(Remedy.CREATE_TABLE, Remedy.EDIT_COMPONENT, Remedy.RETRY), null));
        opener.sessions = c -> UiStores.session(client, table, false);
        dialogs.problemAnswers.add(Remedy.CREATE_TABLE);

        model.open(Path.of("local"));

        assertThat(dialogs.problems).singleElement().asString().contains("does not exist")
                .contains("[CREATE_TABLE, EDIT_COMPONENT, RETRY]");
        assertThat(opener.created).containsExactly("statestore");
        assertThat(model.tabs()).hasSize(1);
    }

    @Test
    void retry_triesAgain() {
        String table = UiStores.sampleTable(tables);
        opener.choices.put(Path.of("aws"), List.of(usable("statestore", "aws/statestore.yaml")));
        opener.failures.add(new OpenFailedException("DynamoDB at AWS eu-west-1 could not be reached: timeout. Check"
                + " the network (VPN, proxy), the region and the endpoint.", List.of(Remedy.RETRY,
                Remedy.EDIT_COMPONENT), null));
        opener.sessions = c -> UiStores.session(client, table, true);
        dialogs.problemAnswers.add(Remedy.RETRY);
        dialogs.confirmAnswer = false;

        model.open(Path.of("aws"));

        assertThat(dialogs.problems).singleElement().asString().doesNotContain("local database");
        assertThat(model.tabs()).hasSize(1);
    }

    @Test
    void aLocalTab_startsItsScan_beforeItsViewIsBuilt() {
        String table = UiStores.sampleTable(tables);
        opener.choices.put(Path.of("local"), List.of(usable("statestore", "local/statestore.yaml")));
        opener.sessions = c -> UiStores.session(client, table, false);
        List<Boolean> scanStartedWhenAdded = new ArrayList<>();
        model.tabs().addListener((javafx.collections.ListChangeListener<StoreTabViewModel>) change ->
                model.tabs().forEach(tab -> scanStartedWhenAdded.add(tab.keys().scanningProperty().get()
                        || tab.keys().loadedProperty().get() > 0)));

        model.open(Path.of("local"));

        // the view is built by this listener: the first page is already on its way (here: already read)
        assertThat(scanStartedWhenAdded).containsExactly(true);
        assertThat(model.tabs().get(0).keys().loadedProperty().get()).isPositive();
    }

    @Test
    void aTabOnAws_asksBeforeItsFirstScan_onlyOnceItShows() {
        String table = UiStores.sampleTable(tables);
        opener.choices.put(Path.of("aws"), List.of(usable("statestore", "aws/statestore.yaml")));
        opener.sessions = c -> UiStores.session(client, table, true);
        dialogs.confirmAnswer = false;
        List<Integer> questionsWhenAdded = new ArrayList<>();
        model.tabs().addListener((javafx.collections.ListChangeListener<StoreTabViewModel>) change ->
                questionsWhenAdded.add(dialogs.confirmations.size()));

        model.open(Path.of("aws"));

        assertThat(questionsWhenAdded).containsExactly(0);
        assertThat(dialogs.confirmTitles).containsExactly("Scan the table on AWS");
        assertThat(model.tabs().get(0).keys().loadedProperty().get()).isZero();
    }

    @Test
    void twoTabsOfTheSameName_sayWhichFolderEachComesFrom() {
        String table = UiStores.sampleTable(tables);
        opener.sessions = c -> new StoreSession(c.name(), "http://127.0.0.1:8000 · table " + table, false, false,
                UiStores.configFor(table), config -> UiStores.store(client, config));
        opener.choices.put(Path.of("dev"), List.of(usable("statestore", "/home/me/dev/components/statestore.yaml")));
        opener.choices.put(Path.of("shop"), List.of(usable("statestore", "/home/me/shop/dapr/statestore.yaml")));

        model.open(Path.of("dev"));
        assertThat(model.titleOf(model.tabs().get(0))).isEqualTo("statestore");
        model.open(Path.of("shop"));

        assertThat(model.tabs()).extracting(model::titleOf).containsExactly("statestore · components",
                "statestore · dapr");
    }

    @Test
    void twoTabsOfTheSameNameAndFolder_sayWhereEachPoints() {
        String table = UiStores.sampleTable(tables);
        Deque<String> endpoints = new ArrayDeque<>(List.of("http://127.0.0.1:8000", "http://127.0.0.1:4566"));
        opener.sessions = c -> new StoreSession(c.name(), endpoints.removeFirst() + " · table " + table, false, false,
                UiStores.configFor(table), config -> UiStores.store(client, config));
        opener.choices.put(Path.of("a"), List.of(usable("statestore", "/c/statestore.yaml")));
        opener.choices.put(Path.of("b"), List.of(usable("statestore", "/c/statestore.yaml")));

        model.open(Path.of("a"));
        model.open(Path.of("b"));

        assertThat(model.tabs()).extracting(model::titleOf).containsExactly("statestore · http://127.0.0.1:8000",
                "statestore · http://127.0.0.1:4566");
    }

    @Test
    void quitting_asksAboutEachUnsavedEdit_andCancelStops() {
        String table = UiStores.sampleTable(tables);
        opener.sessions = c -> UiStores.session(client, table, false);
        opener.choices.put(Path.of("a"), List.of(usable("statestore", "/c/statestore.yaml")));
        model.open(Path.of("a"));
        StoreTabViewModel tab = model.tabs().get(0);
        tab.open(tab.keys().row("orders||greeting").orElseThrow());
        tab.editor().textProperty().set("\"unsaved\"");
        List<String> quit = new ArrayList<>();

        model.leaveAll("quit", () -> quit.add("quit"));
        assertThat(quit).isEmpty();
        assertThat(dialogs.unsavedQuestions).singleElement().asString().contains("before you quit");

        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        model.leaveAll("quit", () -> quit.add("quit"));
        assertThat(quit).containsExactly("quit");
    }

    /** Lists and opens what the test says; fails once with each queued failure first. */
    private static final class Opener implements Sessions {
        final Map<Path, List<ComponentChoice>> choices = new java.util.HashMap<>();
        final Deque<RuntimeException> failures = new ArrayDeque<>();
        final List<String> created = new ArrayList<>();
        Function<ComponentChoice, StoreSession> sessions = c -> {
            throw new AssertionError("no session here");
        };

        @Override
        public List<ComponentChoice> list(Path fileOrFolder) {
            return choices.getOrDefault(fileOrFolder, List.of());
        }

        @Override
        public PreparedComponent prepare(ComponentChoice choice, String profile) {
            return PreparedComponents.of(choice, profile);
        }

        @Override
        public StoreSession open(PreparedComponent component) {
            if (!failures.isEmpty()) {
                throw failures.removeFirst();
            }
            return sessions.apply(component.choice());
        }

        @Override
        public String createTable(PreparedComponent component) {
            created.add(component.name());
            return "Created table.";
        }

        @Override
        public List<AwsProfileChoice> profiles() {
            return List.of();
        }

        @Override
        public Optional<SignInNeed> signInNeeded(PreparedComponent component) {
            return Optional.empty();
        }

        @Override
        public void signIn(String profile, SignInPrompt prompt, BooleanSupplier cancelled) {
            throw new AssertionError("no sign-in here");
        }
    }
}
