package org.postdesk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.editor.MarkdownEditor;

/** Builds the menu bar; the items call back into the window through small hooks. */
final class MainMenu {

    /** The actions of the File menu. */
    interface Actions {
        void newPost();

        void openBlogFolder();

        /** File > Open Sample Hugo Site (docs/decisions/0040). */
        void openSampleHugoSite();

        void openRecent(Path blog);

        void save();

        void quit();
    }

    private final ShellContext context;

    MainMenu(ShellContext context) {
        this.context = context;
    }

    MenuBar build(Actions actions, Supplier<List<Path>> recent, MarkdownEditor editor,
                  BooleanProperty previewShown, BooleanProperty softWrap) {
        MenuItem newPost = item("menu.file.new", "menuNewPost", "Shortcut+N");
        newPost.setOnAction(e -> actions.newPost());
        MenuItem open = item("menu.file.open", "menuOpenBlog", "Shortcut+O");
        open.setOnAction(e -> actions.openBlogFolder());
        MenuItem sampleHugo = item("menu.file.sampleHugo", "menuSampleHugo", null);
        sampleHugo.setOnAction(e -> actions.openSampleHugoSite());
        Menu openRecent = new Menu(context.text("menu.file.recent"));
        openRecent.setId("menuOpenRecent");
        MenuItem save = item("menu.file.save", "menuSave", "Shortcut+S");
        save.setOnAction(e -> actions.save());
        MenuItem quit = item("menu.file.quit", "menuQuit", "Shortcut+Q");
        quit.setOnAction(e -> actions.quit());
        Menu file = new Menu(context.text("menu.file"), null, newPost, open, openRecent, sampleHugo,
                new SeparatorMenuItem(),
                save, new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> fillRecent(openRecent, recent.get(), actions));
        fillRecent(openRecent, recent.get(), actions);

        // The editor handles these keys itself; the menu shows them and works with the mouse.
        MenuItem undo = item("menu.edit.undo", "menuUndo", "Shortcut+Z");
        undo.setOnAction(e -> editor.undo());
        MenuItem redo = item("menu.edit.redo", "menuRedo", "Shortcut+Y");
        redo.setOnAction(e -> editor.redo());
        MenuItem bold = item("menu.edit.bold", "menuBold", "Shortcut+B");
        bold.setOnAction(e -> editor.toggleBold());
        MenuItem italic = item("menu.edit.italic", "menuItalic", "Shortcut+I");
        italic.setOnAction(e -> editor.toggleItalic());
        MenuItem link = item("menu.edit.link", "menuLink", "Shortcut+K");
        link.setOnAction(e -> editor.insertLink());
        Menu edit = new Menu(context.text("menu.edit"), null, undo, redo, new SeparatorMenuItem(), bold, italic, link);

        CheckMenuItem preview = check("menu.view.preview", "menuShowPreview", "Shortcut+P", previewShown);
        CheckMenuItem wrap = check("menu.view.wrap", "menuSoftWrap", "Alt+Z", softWrap);
        Menu view = new Menu(context.text("menu.view"), null, preview, wrap);

        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId("menuBar");
        return bar;
    }

    private void fillRecent(Menu menu, List<Path> blogs, Actions actions) {
        menu.getItems().clear();
        for (Path blog : blogs) {
            MenuItem item = new MenuItem(blog.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecent(blog));
            menu.getItems().add(item);
        }
        if (blogs.isEmpty()) {
            MenuItem none = new MenuItem(context.text("menu.file.recent.none"));
            none.setMnemonicParsing(false); // a note, not a choice
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private MenuItem item(String key, String id, String accelerator) {
        MenuItem item = new MenuItem(context.text(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }

    private CheckMenuItem check(String key, String id, String accelerator, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(context.text(key));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(state);
        return item;
    }
}
