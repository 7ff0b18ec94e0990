package io.statedesk.ui.componentform;

import io.statedesk.session.ConnectionStep;
import io.statedesk.ui.common.Icons;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The steps of the last connection test: outcome, timing and what each finding means. */
final class ConnectionReportView {

    static final String REPORT_ID = "form-connection";
    static final String SUMMARY_ID = "form-connection-summary";

    private final VBox root = new VBox(6);
    private final VBox steps = new VBox(8);

    ConnectionReportView(ComponentFormViewModel model) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(model.connection().runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);
        summary.textProperty().bind(model.connection().summaryProperty().map(s -> s.isEmpty()
                ? "Not run yet. \"Test connection\" runs daprd's start-up probe and checks the table, with the values"
                + " in the form (saved or not)." : s));
        HBox head = new HBox(8, progress, summary);
        head.setAlignment(Pos.CENTER_LEFT);
        steps.setId(REPORT_ID);
        Runnable fill = () -> steps.getChildren().setAll(model.connection().steps().stream()
                .map(ConnectionReportView::step).toList());
        model.connection().steps().addListener((ListChangeListener<ConnectionStep>) change -> fill.run());
        fill.run();
        root.getChildren().addAll(head, steps);
    }

    Node root() {
        return root;
    }

    private static Node step(ConnectionStep step) {
        String style = "step-" + step.outcome().name().toLowerCase(Locale.ROOT);
        Label title = new Label(step.title(), Icons.icon(icon(step.outcome())));
        title.getStyleClass().addAll("step-title", style);
        Label timing = new Label(step.timing());
        timing.getStyleClass().add("form-note");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, timing);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, head);
        for (ConnectionStep.Line line : step.lines()) {
            Label text = new Label(line.text());
            text.setWrapText(true);
            text.getStyleClass().add("step-" + line.outcome().name().toLowerCase(Locale.ROOT));
            text.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
            box.getChildren().add(text);
        }
        return box;
    }

    static Feather icon(ConnectionStep.Outcome outcome) {
        return switch (outcome) {
            case PASSED -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case FAILED -> Feather.X_CIRCLE;
            case SKIPPED -> Feather.MINUS_CIRCLE;
        };
    }
}
