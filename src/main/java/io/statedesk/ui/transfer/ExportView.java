package io.statedesk.ui.transfer;

import io.statedesk.transfer.FileFormat;
import io.statedesk.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** What to export, in which format; progress while it runs. */
public final class ExportView {

    public static final String EXPORT_ID = "export-run";

    private final VBox root;

    public ExportView(ExportViewModel model, Runnable close) {
        ToggleGroup group = new ToggleGroup();
        RadioButton selection = radio(group, "The " + model.selectedCount() + " selected keys",
                ExportViewModel.Scope.SELECTION, model);
        selection.setDisable(model.selectedCount() == 0);
        RadioButton shown = radio(group, "The " + model.shownCount() + " keys the table shows (a search's result "
                + "or a filter)", ExportViewModel.Scope.SHOWN, model);
        RadioButton prefix = radio(group, "Every key beginning with", ExportViewModel.Scope.PREFIX, model);
        TextField prefixField = new TextField();
        prefixField.textProperty().bindBidirectional(model.prefixProperty());
        prefixField.setPromptText("empty: the whole table (a scan)");
        prefixField.disableProperty().bind(prefix.selectedProperty().not());
        HBox prefixLine = new HBox(8, prefix, prefixField);
        prefixLine.setAlignment(Pos.CENTER_LEFT);
        group.selectToggle(model.scopeProperty().get() == ExportViewModel.Scope.SELECTION ? selection : shown);

        ComboBox<FileFormat> format = new ComboBox<>();
        format.getItems().setAll(FileFormat.values());
        format.valueProperty().bindBidirectional(model.formatProperty());
        Label formatLabel = new Label("Format");
        HBox formatLine = new HBox(8, formatLabel, format);
        formatLine.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.problemProperty().addListener((obs, was, now) -> {
            status.getStyleClass().remove("danger");
            if (now) {
                status.getStyleClass().add("danger");
            }
        });
        Label count = new Label();
        count.textProperty().bind(model.writtenProperty().asString("%,d keys written so far"));
        count.visibleProperty().bind(model.busyProperty());

        Button export = Icons.button(Feather.DOWNLOAD, "Export…", "Choose the file and export");
        export.setId(EXPORT_ID);
        export.setDefaultButton(true);
        export.setOnAction(event -> model.export());
        export.disableProperty().bind(model.busyProperty());
        Button stop = Icons.button(Feather.STOP_CIRCLE, "Stop", "Stop; no file is left behind");
        stop.setOnAction(event -> model.cancel());
        stop.disableProperty().bind(model.busyProperty().not());
        Button done = new Button("Close");
        done.setOnAction(event -> close.run());
        HBox buttons = new HBox(8, count, export, stop, done);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label title = new Label("Export from " + model.title());
        title.getStyleClass().add("title-4");
        root = new VBox(10, title, selection, shown, prefixLine, formatLine, status, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(560);
    }

    private static RadioButton radio(ToggleGroup group, String text, ExportViewModel.Scope scope,
            ExportViewModel model) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.scopeProperty().set(scope);
            }
        });
        return button;
    }

    public VBox root() {
        return root;
    }
}
