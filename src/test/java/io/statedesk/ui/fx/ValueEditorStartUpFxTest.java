package io.statedesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.testing.DaprTables;
import io.statedesk.testing.WithTestDatabase;
import io.statedesk.ui.UiStores;
import io.statedesk.ui.editor.ValueEditorView;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The value editor's text area is made when the first key opens: a tab that only lists keys starts faster. */
@WithTestDatabase
@ExtendWith(ApplicationExtension.class)
class ValueEditorStartUpFxTest {

    private static DynamoDbClient client;
    private static DaprTables tables;

    @TempDir
    static Path home;

    private Workbench workbench;

    @BeforeAll
    static void database(DynamoDbClient sharedClient, DaprTables sharedTables) {
        client = sharedClient;
        tables = sharedTables;
    }

    @Start
    void start(Stage stage) {
        String table = UiStores.sampleTable(tables);
        workbench = new Workbench(stage, () -> UiStores.session(client, table, false), home);
    }

    @Test
    void aListedTab_hasNoCodeArea_untilAKeyOpens_thenShowsItsValue(FxRobot robot) throws Exception {
        workbench.openAndScan();
        assertThat(robot.lookup("#" + ValueEditorView.CODE_AREA_ID).tryQuery()).as("before any key opens").isEmpty();

        WorkbenchRobot user = new WorkbenchRobot(robot, workbench);
        user.open("orders||order-1001");

        CodeArea code = robot.lookup("#" + ValueEditorView.CODE_AREA_ID).queryAs(CodeArea.class);
        assertThat(code.getText()).contains("1001");
        assertThat(code.isVisible()).isTrue();
    }
}
