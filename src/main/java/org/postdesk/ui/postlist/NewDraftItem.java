package org.postdesk.ui.postlist;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.postdesk.ui.common.Bench;

/** File > New Draft ({@code #menuNewDraft}, Shortcut+Shift+N): the New Post dialog with Draft ticked. */
public final class NewDraftItem {

    private NewDraftItem() {
    }

    /** Adds the item right after File > New Post. */
    public static void install(Bench bench) {
        MenuItem item = new MenuItem(bench.context().text("menu.file.newDraft"));
        item.setId("menuNewDraft");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+N"));
        item.setOnAction(e -> new NewPostFlow(bench).run(true));
        for (Menu menu : bench.window().menuBar().getMenus()) {
            for (int i = 0; i < menu.getItems().size(); i++) {
                if ("menuNewPost".equals(menu.getItems().get(i).getId())) {
                    menu.getItems().add(i + 1, item);
                    return;
                }
            }
        }
    }
}
