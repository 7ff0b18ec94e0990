package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.session.AwsProfileChoice;
import io.statedesk.session.ComponentChoice;
import io.statedesk.session.PreparedComponent;
import io.statedesk.session.PreparedComponents;
import io.statedesk.session.Sessions;
import io.statedesk.session.SignInNeed;
import io.statedesk.session.SignInPrompt;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.FxDialogService;
import io.statedesk.ui.shell.MainView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The window's AWS profile chooser, and the SSO sign-in it offers when the profile's sign-in has lapsed. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class SsoSignInFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;
    private final CountDownLatch approved = new CountDownLatch(1);
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean signedIn;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        String table = UiStores.sampleTable(tables);
        Sessions opener = new Sessions() {
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
                return List.of(new ComponentChoice("staging-state", "state.aws.dynamodb", fileOrFolder, 1, true,
                        List.of()));
            }

            @Override
            public StoreSession open(PreparedComponent component) {
                calls.add("open " + component.profile());
                return UiStores.session(client, table, true);
            }

            @Override
            public List<AwsProfileChoice> profiles() {
                return List.of(new AwsProfileChoice("dev", "keys · eu-west-3"),
                        new AwsProfileChoice("staging", "SSO · account 111122223333 · Operator · eu-west-1"));
            }

            @Override
            public Optional<SignInNeed> signInNeeded(PreparedComponent component) {
                return signedIn ? Optional.empty()
                        : Optional.of(new SignInNeed(component.profile(), "its sign-in expired at 2026-11-24 08:00:00Z"));
            }

            @Override
            public void signIn(String profile, SignInPrompt prompt, BooleanSupplier cancelled) throws Exception {
                calls.add("signIn " + profile);
                prompt.show("QRST-7788", "https://device.sso.example/",
                        "https://device.sso.example/?user_code=QRST-7788");
                // the user approves in the browser: the test says when
                assertThat(approved.await(20, TimeUnit.SECONDS)).isTrue();
                signedIn = true;
            }
        };
        workbench = new Workbench(stage, () -> {
            throw new AssertionError("no sandbox in this test");
        }, home, opener);
        workbench.model.loadProfiles();
    }

    @Test
    void choosingAnSsoProfile_withALapsedSignIn_showsTheCode_thenOpensWithThatProfile(FxRobot robot)
            throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<AwsProfileChoice> chooser = robot.lookup("#" + MainView.PROFILE_CHOOSER_ID).queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chooser.getItems().size() == 3);
        assertThat(chooser.getValue()).isEqualTo(AwsProfileChoice.DAPRD_ORDER);
        assertThat(chooser.getItems()).extracting(AwsProfileChoice::toString).containsExactly(
                "As daprd (no profile chosen)", "dev (keys · eu-west-3)",
                "staging (SSO · account 111122223333 · Operator · eu-west-1)");
        robot.interact(() -> chooser.setValue(chooser.getItems().get(2)));

        robot.interact(() -> workbench.model.open(home.resolve("staging.yaml")));
        DialogPane confirm = dialogWithHeader(robot, "Sign in to AWS");
        assertThat(confirm.getContentText()).contains("AWS profile staging", "expired at 2026-11-24 08:00:00Z");
        robot.clickOn((Button) confirm.getButtonTypes().stream().filter(b -> b.getText().equals("Sign in"))
                .map(confirm::lookupButton).findFirst().orElseThrow());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + FxDialogService.SIGN_IN_CODE_ID).tryQuery().isPresent());
        Label code = robot.lookup("#" + FxDialogService.SIGN_IN_CODE_ID).queryAs(Label.class);
        assertThat(code.getText()).isEqualTo("QRST-7788");
        assertThat(robot.lookup(".text-field").queryAllAs(javafx.scene.control.TextField.class))
                .extracting(javafx.scene.control.TextField::getText)
                .contains("https://device.sso.example/?user_code=QRST-7788");
        robot.interact(() -> Screenshots.save(code.getScene(), "sso-sign-in"));

        approved.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.view.currentView() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(calls).containsExactly("signIn staging", "open staging");
        assertThat(robot.lookup("#" + FxDialogService.SIGN_IN_CODE_ID).tryQuery()).isEmpty();
        assertThat(workbench.model.statusProperty().get()).isEmpty();
    }

    private static DialogPane dialogWithHeader(FxRobot robot, String header) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .match((Node n) -> header.equals(((DialogPane) n).getHeaderText())).tryQuery().isPresent());
        return robot.lookup(".dialog-pane").match((Node n) -> header.equals(((DialogPane) n).getHeaderText()))
                .queryAs(DialogPane.class);
    }
}
