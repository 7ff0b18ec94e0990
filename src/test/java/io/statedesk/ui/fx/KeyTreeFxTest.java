package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import io.statedesk.session.StoreSession;
import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.common.CurrentThreadTaskRunner;
import io.statedesk.ui.keys.KeyFilter;
import io.statedesk.ui.keys.KeyGroup;
import io.statedesk.ui.keys.KeyTableViewModel;
import io.statedesk.ui.keys.KeyTreeView;
import java.nio.charset.StandardCharsets;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The key tree follows the loaded keys in place: nodes stay the same objects, expanded and selected. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class KeyTreeFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    private KeyTableViewModel model;
    private KeyTreeView view;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        StoreSession session = UiStores.session(client, UiStores.sampleTable(tables), false);
        model = new KeyTableViewModel(session::store, new CurrentThreadTaskRunner());
        view = new KeyTreeView(model);
        stage.setScene(new Scene(view.tree(), 400, 600));
        stage.show();
    }

    @Test
    void newKeys_updateCountsInPlace_keepingExpandedAndSelectedNodes(FxRobot robot) {
        robot.interact(model::refresh);
        TreeItem<KeyGroup> billing = node(view.tree().getRoot(), "billing");
        long billingBefore = billing.getValue().count();
        assertThat(billing.getChildren()).as("children of a collapsed node wait until it is expanded").isEmpty();
        robot.interact(() -> billing.setExpanded(true));
        TreeItem<KeyGroup> orderActor = node(billing, "OrderActor");
        robot.interact(() -> view.tree().getSelectionModel().select(orderActor));
        KeyFilter selected = model.groupFilterProperty().get();
        assertThat(selected).isEqualTo(orderActor.getValue().filter());

        robot.interact(() -> {
            model.upsert(item("billing||OrderActor||o-99||status"));
            model.upsert(item("brand-new-app||greeting"));
        });

        TreeItem<KeyGroup> root = view.tree().getRoot();
        assertThat(node(root, "billing")).isSameAs(billing);
        assertThat(billing.isExpanded()).isTrue();
        assertThat(billing.getValue().count()).isEqualTo(billingBefore + 1);
        assertThat(node(billing, "OrderActor")).isSameAs(orderActor);
        // a collapsed node keeps no children up to date; expanded, it shows the latest ones
        assertThat(orderActor.isExpanded()).isFalse();
        robot.interact(() -> orderActor.setExpanded(true));
        assertThat(orderActor.getChildren()).extracting(child -> child.getValue().label())
                .containsExactly("o-77", "o-78", "o-79", "o-99");
        assertThat(node(orderActor, "o-99").getValue().count()).isEqualTo(1);
        assertThat(node(root, "brand-new-app").getValue().count()).isEqualTo(1);
        assertThat(root.getValue().count()).isEqualTo(model.loadedProperty().get());
        assertThat(view.tree().getSelectionModel().getSelectedItem()).isSameAs(orderActor);
        assertThat(model.groupFilterProperty().get()).isEqualTo(selected);
    }

    @Test
    void removingTheLastKeyOfAGroup_dropsItsNode(FxRobot robot) {
        robot.interact(model::refresh);
        robot.interact(() -> model.upsert(item("short-lived||only")));
        assertThat(node(view.tree().getRoot(), "short-lived")).isNotNull();

        robot.interact(() -> model.remove("short-lived||only"));

        assertThat(view.tree().getRoot().getChildren()).extracting(child -> child.getValue().label())
                .doesNotContain("short-lived")
                .contains("billing");
    }

    private static StateItem item(String stored) {
        byte[] value = "\"v\"".getBytes(StandardCharsets.UTF_8);
        return new StateItem(StateKey.parse(stored, KeyPrefix.appId()), value, true, Storage.S, "1", null,
                false, value.length);
    }

    private static TreeItem<KeyGroup> node(TreeItem<KeyGroup> parent, String label) {
        return parent.getChildren().stream().filter(child -> child.getValue().label().equals(label)).findFirst()
                .orElse(null);
    }
}
