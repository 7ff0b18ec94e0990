package io.statedesk.ui.editor;

import io.statedesk.engine.model.StateItem;
import io.statedesk.ui.common.Icons;
import io.statedesk.ui.common.ValueKind;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.feather.Feather;

/** The value editor: a header about the item, the value in its mode, TTL, and Save / Revert. */
public final class ValueEditorView {

    public static final String CODE_AREA_ID = "value-code";
    public static final String SAVE_ID = "save-value";

    private final VBox root = new VBox(8);
    private final CodeArea code = new CodeArea();
    private final TextArea hex = new TextArea();
    private final Label keyLabel = new Label("Select a key to see its value.");
    private final Label details = new Label();
    private final Label errorLabel = new Label();
    private final Label messageLabel = new Label();
    private final ValueEditorViewModel model;
    private boolean pushing;

    public ValueEditorView(ValueEditorViewModel model) {
        this.model = model;
        root.setPadding(new Insets(8));
        root.getStyleClass().add("value-editor");
        keyLabel.getStyleClass().add("title-4");
        keyLabel.setWrapText(true);
        details.getStyleClass().add("text-muted");
        details.setWrapText(true);

        ToggleGroup modes = new ToggleGroup();
        ToggleButton json = mode("JSON", ValueKind.JSON, modes, "Show the bytes as JSON (pretty-printed)");
        ToggleButton text = mode("Text", ValueKind.TEXT, modes, "Show the bytes as UTF-8 text");
        ToggleButton binary = mode("Binary", ValueKind.BINARY, modes, "Show the bytes as hex and base64");
        HBox modeBar = new HBox(0, json, text, binary);
        modeBar.getStyleClass().add("segmented");
        model.kindProperty().addListener((obs, old, kind) -> selectMode(modes, kind));

        code.setId(CODE_AREA_ID);
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        code.getStyleClass().add("code");
        code.textProperty().addListener((obs, old, now) -> {
            if (model.kindProperty().get() == ValueKind.JSON) {
                code.setStyleSpans(0, JsonHighlighter.highlight(now));
            }
            if (!pushing) {
                model.textProperty().set(now);
            }
        });
        model.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(code.getText())) {
                pushing = true;
                try {
                    code.replaceText(now);
                } finally {
                    pushing = false;
                }
            }
        });
        hex.setEditable(false);
        hex.getStyleClass().add("code");
        hex.setPrefRowCount(6);
        hex.visibleProperty().bind(model.kindProperty().isEqualTo(ValueKind.BINARY));
        hex.managedProperty().bind(hex.visibleProperty());
        Label hexHint = new Label("Hex (read-only) above, base64 below: edit the base64 to change the bytes.");
        hexHint.getStyleClass().add("text-muted");
        hexHint.visibleProperty().bind(hex.visibleProperty());
        hexHint.managedProperty().bind(hex.visibleProperty());

        VirtualizedScrollPane<CodeArea> scroller = new VirtualizedScrollPane<>(code);
        StackPane codeBox = new StackPane(scroller);
        VBox.setVgrow(codeBox, Priority.ALWAYS);

        TextField ttl = new TextField();
        ttl.setPromptText("no TTL");
        ttl.setPrefColumnCount(10);
        ttl.textProperty().bindBidirectional(model.ttlSecondsProperty());
        ttl.setTooltip(new Tooltip("Seconds until Dapr treats the key as expired (ttlInSeconds). Empty: no TTL."));
        Label ttlLabel = new Label("TTL (s)");
        HBox ttlBox = new HBox(6, ttlLabel, ttl);
        ttlBox.setAlignment(Pos.CENTER_LEFT);

        Button save = Icons.button(Feather.SAVE, "Save", "Save, checked against the ETag you loaded (Ctrl+S)");
        save.setId(SAVE_ID);
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        save.setOnAction(event -> model.save());
        Button revert = Icons.button(Feather.ROTATE_CCW, "Revert", "Discard your edit (Escape)");
        revert.setOnAction(event -> model.revert());
        save.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        revert.disableProperty().bind(model.dirtyProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, ttlBox, spacer, revert, save);
        actions.setAlignment(Pos.CENTER_LEFT);

        errorLabel.getStyleClass().add("danger");
        errorLabel.setWrapText(true);
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        messageLabel.getStyleClass().add("text-muted");
        messageLabel.setWrapText(true);
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.visibleProperty().bind(model.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());

        // Nothing but the hint until a key is open.
        for (javafx.scene.Node part : new javafx.scene.Node[] {modeBar, codeBox, actions}) {
            part.visibleProperty().bind(model.itemProperty().isNotNull());
            part.managedProperty().bind(part.visibleProperty());
        }
        HBox header = new HBox(8, keyLabel);
        root.getChildren().addAll(header, details, modeBar, hex, hexHint, codeBox, errorLabel, messageLabel, actions);
        model.itemProperty().addListener((obs, old, item) -> showItem(item, ttlBox, modeBar, actions));
        showItem(null, ttlBox, modeBar, actions);
    }

    public VBox root() {
        return root;
    }

    public CodeArea code() {
        return code;
    }

    private void showItem(StateItem item, HBox ttlBox, HBox modeBar, HBox actions) {
        boolean present = item != null;

        if (!present) {
            keyLabel.setText("Select a key to see its value.");
            details.setText("");
            return;
        }
        keyLabel.setText(item.key().stored());
        StringBuilder info = new StringBuilder();
        info.append(item.hasValue() ? item.storage() == io.statedesk.engine.model.Storage.B
                ? "Binary (B)" : "String (S)" : "No value");
        info.append(" · ").append(item.value().length).append(" bytes");
        info.append(" · ETag ").append(item.etag() == null ? "(none: legacy item)" : item.etag());
        if (item.ttlEpochSeconds() != null) {
            Instant expires = Instant.ofEpochSecond(item.ttlEpochSeconds());
            info.append(" · expires ").append(DateTimeFormatter.ISO_INSTANT.format(expires));
            if (item.expired()) {
                info.append(" (expired: Dapr reads it as missing)");
            } else {
                info.append(" (in ").append(Duration.between(Instant.now(), expires).toMinutes()).append(" min)");
            }
        }
        if (model.kindProperty().get() == ValueKind.ENCRYPTED) {
            info.append(" · encrypted by daprd: not editable");
        }
        details.setText(info.toString());
        hex.setText(ValueEditorViewModel.hexDump(item.value()));
        ttlBox.setVisible(model.ttlSupported());
        ttlBox.setManaged(model.ttlSupported());
        code.setEditable(model.editable());
        if (model.kindProperty().get() == ValueKind.JSON) {
            code.setStyleSpans(0, JsonHighlighter.highlight(code.getText()));
        } else {
            code.clearStyle(0, code.getLength());
        }
    }

    private ToggleButton mode(String label, ValueKind kind, ToggleGroup group, String tooltip) {
        ToggleButton button = new ToggleButton(label);
        button.setToggleGroup(group);
        button.setUserData(kind);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> {
            model.viewAs(kind);
            selectMode(group, model.kindProperty().get());
        });
        return button;
    }

    private static void selectMode(ToggleGroup group, ValueKind kind) {
        group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == kind));
    }
}
