package org.postdesk.ui.shell;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.CodeArea;
import org.postdesk.ui.common.ShellContext;

/**
 * Cut, Copy, Paste and Select All (decision record 0034), in the Edit menu and in the editor's
 * context menu. They act on the text control that has the focus: a form field, the filter, a find
 * field, or the editor (where Paste takes images and web pages as Ctrl+V does). The controls
 * handle the keys themselves; the items show them and work with the mouse. FX thread.
 */
final class TextCommands {

    private final Scene scene;
    private final CodeArea editor;
    private final BooleanSupplier pasteRich;

    /** @param pasteRich pastes the clipboard's images or web page into the editor; false when it holds plain text */
    private TextCommands(Scene scene, CodeArea editor, BooleanSupplier pasteRich) {
        this.scene = scene;
        this.editor = editor;
        this.pasteRich = pasteRich;
    }

    /** Adds the four items to the Edit menu (after Redo) and a context menu to the editor. */
    static void install(MainWindow window, ShellContext context, BooleanSupplier pasteRich) {
        TextCommands commands = new TextCommands(window.stage().getScene(), window.editor().textArea(), pasteRich);
        Menu edit = menuWith(window.menuBar(), "menuRedo");
        int afterRedo = edit.getItems().indexOf(edit.getItems().stream()
                .filter(i -> "menuRedo".equals(i.getId())).findFirst().orElseThrow()) + 1;
        edit.getItems().addAll(afterRedo, List.of(new SeparatorMenuItem(),
                commands.item(context, "menu.edit.cut", "menuCut", "Shortcut+X", Action.CUT),
                commands.item(context, "menu.edit.copy", "menuCopy", "Shortcut+C", Action.COPY),
                commands.item(context, "menu.edit.paste", "menuPaste", "Shortcut+V", Action.PASTE),
                commands.item(context, "menu.edit.selectAll", "menuSelectAll", "Shortcut+A", Action.SELECT_ALL)));
        ContextMenu menu = new ContextMenu(
                commands.item(context, "menu.edit.cut", "editorCut", null, Action.CUT),
                commands.item(context, "menu.edit.copy", "editorCopy", null, Action.COPY),
                commands.item(context, "menu.edit.paste", "editorPaste", null, Action.PASTE),
                new SeparatorMenuItem(),
                commands.item(context, "menu.edit.selectAll", "editorSelectAll", null, Action.SELECT_ALL));
        menu.setId("editorMenu");
        commands.editor.setContextMenu(menu);
    }

    private enum Action { CUT, COPY, PASTE, SELECT_ALL }

    private MenuItem item(ShellContext context, String key, String id, String accelerator, Action action) {
        MenuItem item = new MenuItem(context.text(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> run(action));
        return item;
    }

    /** Runs {@code action} on the focused text control; nothing when none has the focus. */
    private void run(Action action) {
        Node focused = scene.getFocusOwner();
        if (focused == editor || focused != null && isInside(focused, editor)) {
            onEditor(action);
        } else if (focused instanceof TextInputControl field) {
            switch (action) {
                case CUT -> field.cut();
                case COPY -> field.copy();
                case PASTE -> field.paste();
                case SELECT_ALL -> field.selectAll();
            }
        }
    }

    private void onEditor(Action action) {
        switch (action) {
            case CUT -> {
                if (editor.isEditable()) {
                    editor.cut();
                }
            }
            case COPY -> editor.copy();
            case PASTE -> {
                if (editor.isEditable() && !pasteRich.getAsBoolean()) {
                    editor.paste();
                }
            }
            case SELECT_ALL -> editor.selectAll();
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Menu menuWith(MenuBar bar, String itemId) {
        return bar.getMenus().stream().filter(m -> m.getItems().stream().anyMatch(i -> itemId.equals(i.getId())))
                .findFirst().orElseThrow(() -> new IllegalStateException("no menu with " + itemId));
    }
}
