package io.statedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.history.WriteHistory;
import io.statedesk.session.AwsProfileChoice;
import io.statedesk.session.ComponentChoice;
import io.statedesk.session.PreparedComponent;
import io.statedesk.session.PreparedComponents;
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
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Opening a component with a chosen AWS profile, and the SSO sign-in offered when its sign-in has lapsed. */
@WithTestDatabase
class MainViewModelSignInIT {

    private static final Path FILE = Path.of("components", "statestore.yaml");

    @TempDir
    Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FakeOpener opener;
    private MainViewModel model;

    @BeforeEach
    void window(DynamoDbClient client, DaprTables tables) {
        String table = UiStores.sampleTable(tables);
        opener = new FakeOpener(() -> UiStores.session(client, table, false));
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
    }

    @Test
    void profiles_listDaprdsOrderFirst_andKeepTheChoiceWhenReloaded() {
        model.loadProfiles();
        assertThat(model.profiles()).extracting(AwsProfileChoice::name).containsExactly("", "dev", "staging");
        model.profileProperty().set(model.profiles().get(2));

        opener.profiles.remove(0);
        model.loadProfiles();

        assertThat(model.profiles()).extracting(AwsProfileChoice::name).containsExactly("", "staging");
        assertThat(model.profileProperty().get().name()).isEqualTo("staging");
    }

    @Test
    void withoutAProfile_opensAsDaprd() {
        model.open(FILE);

        assertThat(opener.calls).containsExactly("signInNeeded statestore null", "open statestore null");
        assertThat(model.tabs()).hasSize(1);
    }

    @Test
    void theChosenProfile_isUsedForTheNextComponent() {
        model.loadProfiles();
        model.profileProperty().set(model.profiles().get(2));

        model.open(FILE);

        assertThat(opener.calls).containsExactly("signInNeeded statestore staging", "open statestore staging");
        assertThat(model.tabs()).hasSize(1);
    }

    @Test
    void aLapsedSsoSignIn_isOffered_andOnceApproved_theComponentOpens() {
        opener.need = Optional.of(new SignInNeed("staging", "its sign-in expired at 2026-11-23 18:00:00Z"));

        model.open(FILE);

        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("AWS profile staging", "its sign-in expired at 2026-11-23 18:00:00Z",
                        "aws sso login --profile staging");
        assertThat(opener.calls).containsExactly("signInNeeded statestore null", "signIn staging",
                "open statestore null");
        assertThat(dialogs.signInCodes)
                .containsExactly("staging WXYZ-1234 https://device.sso.example/?user_code=WXYZ-1234");
        assertThat(dialogs.signInPromptsClosed).isEqualTo(1);
        assertThat(model.tabs()).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void declinedSignIn_opensNothing_andSaysHowToSignInElsewhere() {
        opener.need = Optional.of(new SignInNeed("staging", "there is no sign-in for it on this computer yet"));
        dialogs.confirmAnswer = false;

        model.open(FILE);

        assertThat(opener.calls).containsExactly("signInNeeded statestore null");
        assertThat(model.tabs()).isEmpty();
        assertThat(model.statusProperty().get()).contains("aws sso login --profile staging");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void cancellingTheCodePrompt_stopsTheSignIn_withoutAnErrorDialog() {
        opener.need = Optional.of(new SignInNeed("staging", "there is no sign-in for it on this computer yet"));
        dialogs.onSignInCode = Runnable::run;

        model.open(FILE);

        assertThat(opener.calls).containsExactly("signInNeeded statestore null", "signIn staging");
        assertThat(model.tabs()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Sign-in cancelled: statestore was not opened.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aRefusedSignIn_isAnError_andOpensNothing() {
        opener.need = Optional.of(new SignInNeed("staging", "there is no sign-in for it on this computer yet"));
        opener.signInFailure = new IllegalStateException("The SSO sign-in was denied in the browser.");

        model.open(FILE);

        assertThat(model.tabs()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString()
                .contains("profile staging did not complete", "denied in the browser");
        assertThat(dialogs.signInPromptsClosed).isEqualTo(1);
    }

    /** Records what the window asked, in order; the sign-in "approves" at once unless told otherwise. */
    private static final class FakeOpener implements Sessions {
        final List<String> calls = new ArrayList<>();
        final List<AwsProfileChoice> profiles = new ArrayList<>(List.of(
                new AwsProfileChoice("dev", "keys · eu-west-3"),
                new AwsProfileChoice("staging", "SSO · account 123456789012 · Admin")));
        final java.util.function.Supplier<StoreSession> session;
        Optional<SignInNeed> need = Optional.empty();
        RuntimeException signInFailure;

        FakeOpener(java.util.function.Supplier<StoreSession> session) {
            this.session = session;
        }

        @Override
        public PreparedComponent prepare(ComponentChoice choice, String profile) {
            return PreparedComponents.of(choice, profile);
        }

        @Override
        public String createTable(PreparedComponent component) {
            throw new UnsupportedOperationException("not used in this test");
        }

        @Override
        public List<ComponentChoice> list(Path fileOrFolder) {
            return List.of(new ComponentChoice("statestore", "state.aws.dynamodb", fileOrFolder, 1, true, List.of()));
        }

        @Override
        public StoreSession open(PreparedComponent component) {
            calls.add("open " + component.name() + " " + component.profile());
            return session.get();
        }

        @Override
        public List<AwsProfileChoice> profiles() {
            return List.copyOf(profiles);
        }

        @Override
        public Optional<SignInNeed> signInNeeded(PreparedComponent component) {
            calls.add("signInNeeded " + component.name() + " " + component.profile());
            return need;
        }

        @Override
        public void signIn(String profile, SignInPrompt prompt, BooleanSupplier cancelled) {
            calls.add("signIn " + profile);
            prompt.show("WXYZ-1234", "https://device.sso.example/", "https://device.sso.example/?user_code=WXYZ-1234");
            if (cancelled.getAsBoolean()) {
                throw new IllegalStateException("The SSO sign-in was cancelled.");
            }
            if (signInFailure != null) {
                throw signInFailure;
            }
            need = Optional.empty();
        }
    }
}
