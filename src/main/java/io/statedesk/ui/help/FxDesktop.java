package io.statedesk.ui.help;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The desktop through JavaFX: the host's document opener for folders, the system clipboard. */
public final class FxDesktop implements Desktop {

    private final Consumer<String> showDocument;

    /** @param showDocument the application's {@code HostServices::showDocument} */
    public FxDesktop(Consumer<String> showDocument) {
        this.showDocument = showDocument;
    }

    @Override
    public void openFolder(Path folder) {
        showDocument.accept(folder.toUri().toString());
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
