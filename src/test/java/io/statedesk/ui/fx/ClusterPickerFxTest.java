package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.kubernetes.DaprCluster;
import io.statedesk.component.kubernetes.KubeContext;
import io.statedesk.component.kubernetes.MockCluster;
import io.statedesk.session.ComponentChoice;
import io.statedesk.session.KubeClusters;
import io.statedesk.ui.cluster.ClusterPickerView;
import io.statedesk.ui.cluster.ClusterPickerViewModel;
import io.statedesk.ui.cluster.ClusterPickerWindow;
import io.statedesk.ui.common.FxTaskRunner;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Open from cluster…, against fabric8's mock API server in CRUD mode holding a Dapr namespace. */
@ExtendWith(ApplicationExtension.class)
class ClusterPickerFxTest {

    private static final String EKS = "arn:aws:eks:eu-west-1:123456789012:cluster/staging";

    private final MockCluster cluster = new MockCluster();
    private final FxTaskRunner runner = new FxTaskRunner();
    private final List<ComponentChoice> opened = new CopyOnWriteArrayList<>();
    private Stage picker;

    @Start
    void start(Stage stage) {
        cluster.component("orders", """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: orders-state
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: orders-state
                  - name: region
                    value: eu-west-1
                  - name: accessKey
                    secretKeyRef:
                      name: dynamo-creds
                      key: access-key
                  - name: secretKey
                    secretKeyRef:
                      name: dynamo-creds
                      key: secret-key
                scopes:
                - orders
                - billing
                """).component("orders", """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: shared-state
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                  - name: table
                    value: shared
                  - name: accessKey
                    envRef: DDB_ACCESS_KEY
                  - name: secretKey
                    envRef: DDB_SECRET_KEY
                """).component("orders", """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: pubsub
                spec:
                  type: pubsub.aws.snssqs
                  version: v1
                """).secret("orders", "dynamo-creds", Map.of("access-key", "AKIAK8S", "secret-key", "s"))
                .daprPod("orders", "orders-7d9f6c", "orders").daprPod("orders", "shipping-5c2a1b", "shipping");
        KubeClusters source = new KubeClusters(() -> List.of(
                new KubeContext(EKS, "staging", "eks-user", "orders", "https://4F1C.gr7.eu-west-1.eks.amazonaws.com",
                        "aws", true),
                new KubeContext("kind-dev", "kind", "kind-user", "default", "https://127.0.0.1:6443", "", false)),
                context -> new DaprCluster(cluster.server.createClient(), context));
        ClusterPickerViewModel model = new ClusterPickerViewModel(source, runner, opened::add);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        picker = ClusterPickerWindow.show(model, stage);
    }

    @AfterEach
    void stop() {
        runner.close();
        cluster.close();
    }

    @Test
    void picker_listsTheNamespacesDynamoDbComponents_withScopesAndAppIds_andOpensOne(FxRobot robot)
            throws Exception {
        TableView<ComponentChoice> table = robot.lookup("#" + ClusterPickerView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(ComponentChoice::name).containsExactly("orders-state",
                "shared-state");
        ComponentChoice orders = table.getItems().get(0);
        assertThat(orders.cluster().scopes()).containsExactly("orders", "billing");
        assertThat(orders.cluster().appIds()).containsExactly("orders");
        assertThat(table.getItems().get(1).cluster().appIds()).containsExactly("orders", "shipping");
        Label status = robot.lookup("#" + ClusterPickerView.STATUS_ID).queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("2 state.aws.dynamodb components in namespace orders. Components"
                + " open read-only.");
        robot.interact(() -> Screenshots.save(picker.getScene(), "cluster-picker"));

        robot.interact(() -> robot.lookup("#" + ClusterPickerView.OPEN_ID).queryAs(Button.class).fire());

        assertThat(opened).singleElement().satisfies(choice -> {
            assertThat(choice.name()).isEqualTo("orders-state");
            assertThat(choice.cluster().context()).isEqualTo(EKS);
            assertThat(choice.cluster().namespace()).isEqualTo("orders");
        });
        assertThat(picker.isShowing()).isFalse();
    }

    @Test
    void componentWithEnvRefs_asksForTheValues_beforeItOpens(FxRobot robot) throws Exception {
        TableView<ComponentChoice> table = robot.lookup("#" + ClusterPickerView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(1));
        Button open = robot.lookup("#" + ClusterPickerView.OPEN_ID).queryAs(Button.class);

        robot.interact(open::fire);
        assertThat(opened).isEmpty();
        assertThat(robot.lookup("#" + ClusterPickerView.STATUS_ID).queryAs(Label.class).getText())
                .startsWith("Enter the value of DDB_ACCESS_KEY for `accessKey`");

        robot.interact(() -> {
            robot.lookup("#env-accessKey").queryAs(PasswordField.class).setText("AKIATYPED");
            robot.lookup("#env-secretKey").queryAs(PasswordField.class).setText("typed-secret");
        });
        robot.interact(open::fire);

        assertThat(opened).singleElement().satisfies(choice -> {
            assertThat(choice.name()).isEqualTo("shared-state");
            assertThat(choice.cluster().values().get("accessKey").reveal()).isEqualTo("AKIATYPED");
            assertThat(choice.cluster().toString()).doesNotContain("AKIATYPED", "typed-secret");
        });
    }
}
