package io.statedesk.ui.editor;

import io.statedesk.engine.model.StateItem;
import io.statedesk.ui.common.Icons;
import io.statedesk.ui.common.ValueKind;
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
    public static final String DETAILS_ID = "value-details";
    public static final String TTL_ID = "value-ttl";
    public static final String TTL_HINT_ID = "value-ttl-hint";
    public static final String WARNING_ID = "value-warning";
    /** Below this the code area keeps its height: a long message then scrolls the editor instead. */
    public static final double MIN_CODE_HEIGHT = 80;

    private final VBox root = new VBox(4);
    /**
     * Made when the first key opens (or a test asks): RichTextFX's classes, its CSS and its layout cost the window's
     * start-up about a quarter of a second, for an editor that shows nothing until then (issue 19).
     */
    private CodeArea code;
    private final StackPane codeBox = new StackPane();
    private final TextArea hex = new TextArea();
    private final Label keyLabel = new Label("Select a key to see its value.");
    private final Label details = new Label();
    private final Label errorLabel = new Label();
    private final Label warningLabel = new Label();
    private final Label messageLabel = new Label();
    private final HBox header = new HBox(8);
    private final ValueEditorViewModel model;
    private boolean pushing;

    public ValueEditorView(ValueEditorViewModel model) {
        this.model = model;
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("value-editor");
        keyLabel.getStyleClass().add("title-4");
        details.getStyleClass().add("text-muted");
        details.setWrapText(true);
        details.setId(DETAILS_ID);
        details.textProperty().bind(model.detailsProperty());

        ToggleGroup modes = new ToggleGroup();
        ToggleButton json = mode("JSON", ValueKind.JSON, modes, "Show the bytes as JSON (pretty-printed)");
        ToggleButton text = mode("Text", ValueKind.TEXT, modes, "Show the bytes as UTF-8 text");
        ToggleButton binary = mode("Binary", ValueKind.BINARY, modes, "Show the bytes as hex and base64");
        HBox modeBar = new HBox(0, json, text, binary);
        modeBar.getStyleClass().add("segmented");
        model.kindProperty().addListener((obs, old, kind) -> selectMode(modes, kind));

        model.textProperty().addListener((obs, old, now) -> {
            if (code == null && now.isEmpty()) {
                return;
            }
            CodeArea area = code();
            if (!now.equals(area.getText())) {
                pushing = true;
                try {
                    area.replaceText(now);
                } finally {
                    pushing = false;
                }
            }
        });
        hex.setEditable(false);
        hex.getStyleClass().add("code");
        hex.setPrefRowCount(6);
        hex.setMinHeight(48);
        hex.visibleProperty().bind(model.kindProperty().isEqualTo(ValueKind.BINARY));
        hex.managedProperty().bind(hex.visibleProperty());
        Label hexHint = new Label("Hex (read-only) above, base64 below: edit the base64 to change the bytes.");
        hexHint.getStyleClass().add("text-muted");
        hexHint.visibleProperty().bind(hex.visibleProperty());
        hexHint.managedProperty().bind(hex.visibleProperty());

        codeBox.setMinHeight(MIN_CODE_HEIGHT);
        VBox.setVgrow(codeBox, Priority.ALWAYS);

        TextField ttl = new TextField();
        ttl.setId(TTL_ID);
        ttl.setPromptText("no TTL");
        ttl.setPrefColumnCount(9);
        ttl.textProperty().bindBidirectional(model.ttlProperty());
        ttl.editableProperty().bind(model.editableProperty());
        ttl.setTooltip(new Tooltip("When Dapr treats the key as expired: a duration (90s, 15m, 2h, 7d, 1d 12h) or"
                + " a date (2026-12-24, 2026-12-24 18:00, local time). Empty: no TTL."));
        Label ttlLabel = new Label("TTL");
        ttlLabel.setLabelFor(ttl);
        ttlLabel.setMinWidth(Region.USE_PREF_SIZE);
        ttl.setMinWidth(110);
        Label ttlHint = new Label();
        ttlHint.setId(TTL_HINT_ID);
        ttlHint.getStyleClass().add("text-muted");
        ttlHint.textProperty().bind(model.ttlHintProperty());
        ttlHint.setMinWidth(0);
        ttlHint.setTooltip(new Tooltip());
        ttlHint.getTooltip().textProperty().bind(model.ttlHintProperty());
        HBox ttlBox = new HBox(6, ttlLabel, ttl, ttlHint);
        HBox.setHgrow(ttlHint, Priority.SOMETIMES);
        ttlBox.setAlignment(Pos.CENTER_LEFT);

        Button save = Icons.button(Feather.SAVE, "Save", "Save, checked against the ETag you loaded (Ctrl+S)");
        save.setId(SAVE_ID);
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        save.setOnAction(event -> model.save());
        Button revert = Icons.button(Feather.ROTATE_CCW, "Revert", "Discard your edit (Escape)");
        revert.setOnAction(event -> model.revert());
        save.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        revert.disableProperty().bind(model.dirtyProperty().not().or(model.draftProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, ttlBox, spacer, revert, save);
        HBox.setHgrow(ttlBox, Priority.ALWAYS);
        save.setMinWidth(Region.USE_PREF_SIZE);
        revert.setMinWidth(Region.USE_PREF_SIZE);
        actions.setAlignment(Pos.CENTER_LEFT);

        errorLabel.getStyleClass().add("danger");
        errorLabel.setWrapText(true);
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        warningLabel.setId(WARNING_ID);
        warningLabel.getStyleClass().add("warning");
        warningLabel.setWrapText(true);
        warningLabel.textProperty().bind(model.warningProperty());
        warningLabel.visibleProperty().bind(model.warningProperty().isNotEmpty());
        warningLabel.managedProperty().bind(warningLabel.visibleProperty());
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
        Region headerSpacer = new Region();
        HBox.setHgrow(headerSpacer, Priority.ALWAYS);
        HBox.setHgrow(keyLabel, Priority.SOMETIMES);
        // The mode sits beside the key: one row less above the value, which matters in a small window.
        header.getChildren().addAll(keyLabel, headerSpacer, modeBar);
        modeBar.setMinWidth(Region.USE_PREF_SIZE);
        keyLabel.setMinWidth(0);
        header.setAlignment(Pos.CENTER_LEFT);
        // Messages wrap and may be long; each keeps to a few lines here and shows in full in its tooltip.
        // Under pressure an error and the details keep one line (the tooltip holds the rest), a warning or a note
        // may give up its line (Save still asks about a duplicate key); the value keeps its minimum height.
        for (Label label : new Label[] {errorLabel, warningLabel, messageLabel, details}) {
            label.setMaxHeight(40);
            label.setMinHeight(label == errorLabel || label == details ? 18 : 0);
            Tooltip full = new Tooltip();
            full.setWrapText(true);
            full.setMaxWidth(640);
            full.textProperty().bind(label.textProperty());
            label.setTooltip(full);
        }
        root.getChildren().addAll(header, details, hex, hexHint, codeBox, errorLabel, warningLabel,
                messageLabel, actions);
        model.itemProperty().addListener((obs, old, item) -> showItem(item, ttlBox));
        showItem(null, ttlBox);
    }

    /** The row above the value: the key, then room for the tab's actions on it. */
    public HBox header() {
        return header;
    }

    public VBox root() {
        return root;
    }

    /** The value's text area, made on first use. */
    public CodeArea code() {
        if (code == null) {
            code = newCodeArea();
            codeBox.getChildren().add(new VirtualizedScrollPane<>(code));
        }
        return code;
    }

    private CodeArea newCodeArea() {
        CodeArea area = new CodeArea(java.util.Objects.toString(model.textProperty().get(), ""));
        area.setId(CODE_AREA_ID);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("code");
        area.textProperty().addListener((obs, old, now) -> {
            if (model.kindProperty().get() == ValueKind.JSON) {
                area.setStyleSpans(0, JsonHighlighter.highlight(now));
            }
            if (!pushing) {
                model.textProperty().set(now);
            }
        });
        area.editableProperty().bind(model.editableProperty());
        return area;
    }

    private void showItem(StateItem item, HBox ttlBox) {
        if (item == null) {
            keyLabel.setText("Select a key to see its value.");
            return;
        }
        keyLabel.setText(model.draftProperty().get() ? item.key().stored() + " (new, not saved yet)"
                : item.key().stored());
        hex.setText(io.statedesk.ui.common.HexDump.of(item.value()));
        ttlBox.setVisible(model.ttlSupported());
        ttlBox.setManaged(model.ttlSupported());
        CodeArea area = code();
        if (model.kindProperty().get() == ValueKind.JSON) {
            area.setStyleSpans(0, JsonHighlighter.highlight(area.getText()));
        } else {
            area.clearStyle(0, area.getLength());
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
