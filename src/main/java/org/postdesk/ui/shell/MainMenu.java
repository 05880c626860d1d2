package org.postdesk.ui.shell;

import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** Builds the menu bar; the items call back into the window through small hooks. */
final class MainMenu {

    /** The actions the File menu triggers. */
    interface Actions {
        void openBlogFolder();

        void save();

        void quit();
    }

    private final ResourceBundle messages;

    MainMenu(ResourceBundle messages) {
        this.messages = messages;
    }

    MenuBar build(Actions actions, BooleanProperty previewShown, BooleanProperty softWrap) {
        MenuItem open = item("menu.file.open", "menuOpenBlog", "Shortcut+O");
        open.setOnAction(e -> actions.openBlogFolder());
        MenuItem save = item("menu.file.save", "menuSave", "Shortcut+S");
        save.setOnAction(e -> actions.save());
        MenuItem quit = item("menu.file.quit", "menuQuit", "Shortcut+Q");
        quit.setOnAction(e -> actions.quit());
        Menu file = new Menu(messages.getString("menu.file"), null, open, save, new SeparatorMenuItem(), quit);

        CheckMenuItem preview = check("menu.view.preview", "menuShowPreview", "Shortcut+P", previewShown);
        CheckMenuItem wrap = check("menu.view.wrap", "menuSoftWrap", "Alt+Z", softWrap);
        Menu view = new Menu(messages.getString("menu.view"), null, preview, wrap);

        MenuBar bar = new MenuBar(file, view);
        bar.setId("menuBar");
        return bar;
    }

    private MenuItem item(String key, String id, String accelerator) {
        MenuItem item = new MenuItem(messages.getString(key));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        return item;
    }

    private CheckMenuItem check(String key, String id, String accelerator, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(messages.getString(key));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(state);
        return item;
    }
}
