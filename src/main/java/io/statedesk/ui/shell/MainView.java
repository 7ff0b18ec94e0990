package io.statedesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The main window's content. Until a component is open it shows what to do next. */
public final class MainView {

    public static final String EMPTY_STATE_ID = "empty-state";

    private final BorderPane root = new BorderPane();

    public MainView() {
        Label title = new Label("No component open");
        title.getStyleClass().add("title-2");
        Label hint = new Label("Open a Dapr component file or a resources folder such as ~/.dapr/components\n"
                + "(File > Open, Ctrl+O), or start the sandbox to explore sample Dapr state.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox emptyState = new VBox(12, title, hint);
        emptyState.setId(EMPTY_STATE_ID);
        emptyState.setAlignment(Pos.CENTER);
        emptyState.setMaxWidth(520);
        root.setCenter(emptyState);
    }

    public BorderPane root() {
        return root;
    }
}
