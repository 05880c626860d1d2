package org.postdesk.ui.shell;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menus and toolbar buttons of the tools (decision 0014), added to the window's menu bar. FX thread. */
final class ToolMenus {

    /** What the new items do. */
    interface Hooks {
        void find(boolean replace);

        void findNext(boolean forward);

        void goToLine();

        void searchAll();

        void heading(int level);

        void insertImage();

        void settings();

        void closeWindow();

        void shortcuts();
    }

    private final ResourceBundle text;

    ToolMenus(ResourceBundle text) {
        this.text = text;
    }

    void addTo(MenuBar bar, Hooks hooks, BooleanProperty outlineShown, BooleanProperty dark) {
        Menu file = menuWith(bar, "menuQuit");
        int beforeQuit = file.getItems().size() - 1;
        file.getItems().addAll(beforeQuit, List.of(
                item("menu.file.settings", "menuSettings", "Shortcut+Comma", e -> hooks.settings()),
                item("menu.file.close", "menuCloseWindow", "Shortcut+W", e -> hooks.closeWindow()),
                new SeparatorMenuItem()));


        List<MenuItem> formats = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            int l = level;
            MenuItem heading = item("menu.format.heading", "menuHeading" + level, "Shortcut+" + level,
                    e -> hooks.heading(l));
            heading.setText(new MessageFormat(text.getString("menu.format.heading")).format(new Object[] {level}));
            formats.add(heading);
        }
        formats.add(item("menu.format.paragraph", "menuParagraph", "Shortcut+0", e -> hooks.heading(0)));
        Menu format = new Menu(text.getString("menu.format"), null, formats.toArray(MenuItem[]::new));

        Menu find = new Menu(text.getString("menu.find"), null,
                item("menu.find.find", "menuFind", "Shortcut+F", e -> hooks.find(false)),
                item("menu.find.replace", "menuReplace", "Shortcut+H", e -> hooks.find(true)),
                item("menu.find.next", "menuFindNext", "F3", e -> hooks.findNext(true)),
                item("menu.find.previous", "menuFindPrevious", "Shift+F3", e -> hooks.findNext(false)),
                new SeparatorMenuItem(),
                item("menu.find.goToLine", "menuGoToLine", "Shortcut+G", e -> hooks.goToLine()),
                item("menu.find.searchAll", "menuSearchAll", "Shortcut+Shift+F", e -> hooks.searchAll()));

        Menu view = menuWith(bar, "menuShowPreview");
        view.getItems().addAll(new SeparatorMenuItem(),
                check("menu.view.outline", "menuOutline", "Shortcut+Shift+O", outlineShown),
                check("menu.view.dark", "menuDarkTheme", "Shortcut+Shift+D", dark));

        Menu help = new Menu(text.getString("menu.help"), null,
                item("menu.help.shortcuts", "menuShortcuts", "Shortcut+Slash", e -> hooks.shortcuts()));
        int afterEdit = bar.getMenus().indexOf(menuWith(bar, "menuUndo")) + 1;
        bar.getMenus().add(afterEdit, format);
        bar.getMenus().add(afterEdit + 1, find);
        bar.getMenus().add(help);
    }

    /** The toolbar: New, Open, Save | Bold, Italic, Link, Image | Find | Preview. */
    ToolBar toolBar(MainMenu.Actions file, Runnable bold, Runnable italic, Runnable link, Hooks hooks,
                    BooleanProperty previewShown) {
        ToggleButton preview = new ToggleButton();
        preview.setGraphic(new FontIcon(Feather.COLUMNS));
        preview.setTooltip(new Tooltip(text.getString("toolbar.preview")));
        preview.setId("toolPreview");
        preview.setFocusTraversable(false);
        preview.selectedProperty().bindBidirectional(previewShown);
        ToolBar bar = new ToolBar(
                button(Feather.FILE_PLUS, "toolNewPost", "toolbar.new", file::newPost),
                button(Feather.FOLDER, "toolOpen", "toolbar.open", file::openBlogFolder),
                button(Feather.SAVE, "toolSave", "toolbar.save", file::save),
                new Separator(),
                button(Feather.BOLD, "toolBold", "toolbar.bold", bold),
                button(Feather.ITALIC, "toolItalic", "toolbar.italic", italic),
                button(Feather.LINK, "toolLink", "toolbar.link", link),
                button(Feather.IMAGE, "toolImage", "toolbar.image", hooks::insertImage),
                new Separator(),
                button(Feather.SEARCH, "toolFind", "toolbar.find", () -> hooks.find(false)),
                preview);
        bar.setId("toolBar");
        return bar;
    }

    /** The menu holding the item with id {@code itemId} (menus are found by content, not position). */
    private static Menu menuWith(MenuBar bar, String itemId) {
        return bar.getMenus().stream().filter(m -> m.getItems().stream().anyMatch(i -> itemId.equals(i.getId())))
                .findFirst().orElseThrow(() -> new IllegalStateException("no menu with " + itemId));
    }

    private Button button(Ikon icon, String id, String tooltipKey, Runnable action) {
        Button b = new Button();
        b.setGraphic(new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(text.getString(tooltipKey)));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private MenuItem item(String key, String id, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text.getString(key));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(action);
        return item;
    }

    private CheckMenuItem check(String key, String id, String accelerator, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(text.getString(key));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(state);
        return item;
    }
}
