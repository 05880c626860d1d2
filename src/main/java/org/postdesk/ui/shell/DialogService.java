package org.postdesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import org.postdesk.ui.postlist.NewPost;
import org.postdesk.ui.postlist.NewPostDialog;

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

    /** Tells that {@code folder} is not a blog and asks what to do. */
    NotABlogChoice askNotABlog(Path folder);

    /** Lets the author pick a folder; {@code start} is where the chooser opens (may be null). */
    Optional<Path> chooseBlogFolder(Path start);

    /** Shows the New Post dialog and returns what the author asked for. */
    Optional<NewPost> askNewPost(NewPostDialog dialog);
}
