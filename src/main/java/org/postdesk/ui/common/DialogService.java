package org.postdesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Dialog;
import org.postdesk.app.NotABlog;

/**
 * The questions the window asks the author. An interface so that tests answer them
 * deterministically; {@link FxDialogService} shows real dialogs. All methods run on the FX
 * thread and block until answered.
 */
public interface DialogService {

    /** The answer to "save the changes to this post?". */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    /** The answer to "this folder is not a blog". */
    enum NotABlogChoice { CREATE_POSTS_FOLDER, PICK_ANOTHER, CANCEL }

    /** Asks whether to save the unsaved changes of the post titled {@code postTitle}. */
    SaveChoice askSaveChanges(String postTitle);

    /** Tells that {@code folder} is not a blog, and {@code why}, and asks what to do. */
    NotABlogChoice askNotABlog(Path folder, NotABlog why);

    /** Lets the author pick a folder; {@code start} is where the chooser opens (may be null). */
    Optional<Path> chooseBlogFolder(Path start);

    /** Shows a feature's dialog (such as New Post) over the window and returns what the author asked for. */
    <T> Optional<T> ask(Dialog<T> dialog);
}
