package io.statedesk.ui.common;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;

/** The controller of SignInCode.fxml: the code and the page; "Open in browser" only where there is a browser. */
public final class SignInCodeController {

    private final String userCode;
    private final String page;
    private final Consumer<String> browser;
    @FXML
    private Label code;
    @FXML
    private TextField link;
    @FXML
    private HBox linkRow;
    @FXML
    private Button open;

    /** @param browser opens the page in the user's browser, or null where there is none (tests) */
    SignInCodeController(String userCode, String page, Consumer<String> browser) {
        this.userCode = userCode;
        this.page = page;
        this.browser = browser;
    }

    @FXML
    private void initialize() {
        code.setText(userCode);
        link.setText(page);
        if (browser == null) {
            linkRow.getChildren().remove(open);
        }
    }

    @FXML
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(page);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void open() {
        browser.accept(page);
    }
}
