package org.postdesk.ui.common;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FrontMatterDocument;

/**
 * The window as the features see it (decision record 0030): small faces of its parts instead
 * of the panes themselves, so a feature in its own room never needs the shell's
 * {@code MainWindow}. The editor through {@link EditorText}; the stage, which owns the
 * dialogs and tells when the window closes; the menu bar, where a feature adds its items; the
 * bars above the editor; the post list's unsaved marks; the form's document; and whether the
 * preview follows typing. FX thread.
 */
public interface WindowParts {

    /** The editor's text, caret and view. */
    EditorText editor();

    /** The window's stage: the owner of dialogs, and WINDOW_HIDDEN when the window closes. */
    Stage stage();

    /** The menu bar, where features add their items to the menus by id. */
    MenuBar menuBar();

    /** Where bars with questions about the open post go ({@link ActionBar#show}), above the editor. */
    VBox bars();

    /** Puts {@code strip} right under the notification bar, above the question bars and the editor. */
    void addUnderNotifications(Node strip);

    /** The paths the post list marks as unsaved (live: adding marks a row). */
    Set<String> dirtyPaths();

    /** Shows {@code doc} in the front-matter form, with the blog's hints. */
    void showFrontMatter(FrontMatterDocument doc, FieldHints hints);

    /** Runs {@code action} after every edit in the front-matter form. */
    void onFormEdit(Runnable action);

    /** The menu a right click on a row of the post list shows (decision record 0034). */
    void setPostRowMenu(ContextMenu menu);

    /** The path of the post chosen in the list, or null: the row a context menu is about. */
    String selectedPostPath();

    /** The paths of posts that differ from the last git commit: the post list marks them (live; decision record 0042). */
    Set<String> changedSinceCommit();

    /** Adds {@code items} at the end of the toolbar (the publish room's button and git status, decision record 0042). */
    void addToolBarItems(Node... items);

    /** Lets the preview follow typing, unless the open post is large or the preview is hidden. */
    void previewFollows(boolean largePost);
}
