package io.statedesk.ui.help;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help > About: what this copy is, where it keeps its files, and the software it ships with their licences. */
public final class AboutDialog {

    public static final String FACTS_ID = "about-facts";
    public static final String LICENCES_ID = "about-licences";

    private AboutDialog() {
    }

    /** The dialog's content, for the window and for tests. */
    public static VBox content(HelpViewModel model, Runnable close) {
        Label title = new Label("StateDesk");
        title.getStyleClass().add("title-2");
        Label tagline = new Label("A workbench for the Dapr state kept in DynamoDB");
        ImageView icon = new ImageView(new Image(AboutDialog.class
                .getResource("/io/statedesk/icons/statedesk-256.png").toExternalForm(), 64, 64, true, true));
        HBox header = new HBox(16, icon, new VBox(4, title, tagline));

        GridPane facts = new GridPane();
        facts.setId(FACTS_ID);
        facts.setHgap(12);
        facts.setVgap(4);
        int row = 0;
        for (Map.Entry<String, String> fact : model.about().entrySet()) {
            Label name = new Label(fact.getKey());
            name.getStyleClass().add("text-muted");
            Label value = new Label(fact.getValue());
            value.setWrapText(true);
            facts.addRow(row++, name, value);
        }

        TableView<Licence> licences = new TableView<>();
        licences.setId(LICENCES_ID);
        licences.getItems().setAll(model.licences());
        licences.getColumns().add(column("Library", 230, Licence::library));
        licences.getColumns().add(column("Licence", 180, Licence::licences));
        licences.getColumns().add(column("Artifact", 330, Licence::coordinates));
        licences.setPrefHeight(220);
        VBox.setVgrow(licences, Priority.ALWAYS);
        Label licencesTitle = new Label("Third-party software: " + model.licences().size()
                + " components, each under its own licence (the crates inside dynoxide are listed in the"
                + " installation's dynoxide/licenses folder)");
        licencesTitle.setWrapText(true);

        Button closeButton = new Button("Close");
        closeButton.setDefaultButton(true);
        closeButton.setCancelButton(true);
        closeButton.setOnAction(event -> close.run());
        HBox buttons = new HBox(closeButton);
        buttons.setStyle("-fx-alignment: center-right;");

        VBox root = new VBox(12, header, facts, licencesTitle, licences, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(800);
        return root;
    }

    public static void show(HelpViewModel model, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("About StateDesk");
        Scene scene = new Scene(content(model, stage::close));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
    }

    private static TableColumn<Licence, String> column(String title, double width,
            java.util.function.Function<Licence, String> value) {
        TableColumn<Licence, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
