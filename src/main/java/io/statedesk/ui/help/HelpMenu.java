package io.statedesk.ui.help;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/** The window's Help menu; added to the menu bar by the app, so the main view knows nothing of it. */
public final class HelpMenu {

    private HelpMenu() {
    }

    public static Menu create(HelpViewModel model, Supplier<Window> owner) {
        MenuItem about = new MenuItem("About StateDesk…");
        about.setOnAction(event -> AboutDialog.show(model, owner.get()));
        MenuItem logs = new MenuItem("Open log folder");
        logs.setOnAction(event -> model.openLogFolder());
        MenuItem report = new MenuItem("Report a problem…");
        report.setOnAction(event -> model.reportProblem());
        MenuItem clear = new MenuItem("Clear history…");
        clear.setOnAction(event -> model.clearHistory());
        return new Menu("Help", null, about, new SeparatorMenuItem(), logs, report, new SeparatorMenuItem(), clear);
    }
}
