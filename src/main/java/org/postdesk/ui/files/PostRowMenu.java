package org.postdesk.ui.files;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.postdesk.app.BlogSession;
import org.postdesk.app.OpenPost;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.ShellContext;

/**
 * The post list's context menu (decision record 0034): the Post menu's actions for the row
 * right-clicked, and copying its path. The right click opens the row's post first; the actions
 * wait until that post is the open one, so they never act on the post shown before. FX thread.
 */
final class PostRowMenu {

    private PostRowMenu() {
    }

    static ContextMenu build(Bench bench, Runnable publish, Runnable unpublish, Runnable trash) {
        ShellContext c = bench.context();
        MenuItem publishItem = item("rowPublish", c.text("post.publish"), publish);
        MenuItem unpublishItem = item("rowUnpublish", c.text("post.unpublish"), unpublish);
        MenuItem trashItem = item("rowTrash", c.text("post.trash"), trash);
        MenuItem copyPath = item("rowCopyPath", c.text("post.copyPath"), () -> {
            OpenPost post = bench.openPostNow();
            BlogSession session = bench.session();
            if (post != null && session != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(session.resolve(post.path()).toString());
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
        ContextMenu menu = new ContextMenu(publishItem, unpublishItem, new SeparatorMenuItem(), copyPath,
                new SeparatorMenuItem(), trashItem);
        menu.setId("postRowMenu");
        // The right click opens the row's post in the background: the items wake up when it is open.
        Runnable refresh = () -> {
            String selected = bench.window().selectedPostPath();
            OpenPost post = bench.openPostNow();
            boolean ready = post != null && post.path().equals(selected) && bench.session() != null;
            Boolean draft = ready ? bench.session().isDraft(post.path()) : null;
            publishItem.setDisable(draft == null || !draft);
            unpublishItem.setDisable(draft == null || draft);
            trashItem.setDisable(!ready);
            copyPath.setDisable(!ready);
        };
        menu.setOnShowing(e -> refresh.run());
        bench.postProperty().addListener((obs, was, now) -> {
            if (menu.isShowing()) {
                refresh.run();
            }
        });
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
