package org.postdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help > Keyboard Shortcuts: every menu item with a shortcut, read from the menu bar itself. */
final class ShortcutsDialog {

    /** One line of the list: menu, item, keys as the platform shows them. */
    record Row(String menu, String action, String keys) {
    }

    private ShortcutsDialog() {
    }

    static List<Row> rows(MenuBar bar) {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(plain(menu.getText()), menu.getItems(), rows);
        }
        return rows;
    }

    private static void collect(String menu, List<MenuItem> items, List<Row> rows) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(menu, sub.getItems(), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new Row(menu, plain(item.getText()), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** The label without its mnemonic marks: "_File" and "文件(_F)" become "File" and "文件". */
    static String plain(String label) {
        return label.replaceAll("\\(_.\\)", "").replace("_", "").replace("\u2026", "").strip();
    }

    static void show(ResourceBundle text, Window owner, MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setId("shortcutList");
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        Label action = new Label(text.getString("shortcuts.action"));
        Label keys = new Label(text.getString("shortcuts.keys"));
        action.setStyle("-fx-font-weight: bold;");
        keys.setStyle("-fx-font-weight: bold;");
        grid.addRow(0, action, keys);
        int r = 1;
        for (Row row : rows(bar)) {
            grid.addRow(r++, new Label(row.menu() + " \u203a " + row.action()), new Label(row.keys()));
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.getString("shortcuts.title"));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefViewportHeight(420);
        scroll.setFitToWidth(true);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(text.getString("shortcuts.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
    }
}
