package org.postdesk.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.postdesk.app.BlogSession;
import org.postdesk.app.OpenPost;
import org.postdesk.core.blog.PostSummary;

/**
 * The workbench as the features see it (decision records 0028, 0030): the open blog and post,
 * to watch; the notification bar; selecting a post and refreshing the list; the author's
 * answer before leaving a post; work off the FX thread on the injected task worker; and the
 * window's parts (as small faces) and the injected context. Features take this, never the
 * shell's {@code Workbench} class, so they cannot reach its wiring. FX thread.
 */
public interface Bench {

    /** The open blog; null while none is open. */
    ObservableValue<BlogSession> sessionProperty();

    /** The post shown in the editor; null when none is. */
    ObservableValue<OpenPost> postProperty();

    default BlogSession session() {
        return sessionProperty().getValue();
    }

    default OpenPost openPostNow() {
        return postProperty().getValue();
    }

    /** The listed posts of the open blog, newest first (empty without a blog). */
    default List<PostSummary> posts() {
        BlogSession session = session();
        return session == null ? List.of() : session.posts();
    }

    /** Saved, unsaved, saving or read-only, for the status bar. */
    ObservableValue<SaveState> saveStateProperty();

    /** Shows a sentence about the open post (or the open blog, when no post is open) in the notification bar. */
    default void notify(NotificationBar.Kind kind, String sentence) {
        notifyAbout(openPostNow() == null ? null : openPostNow().path(), kind, sentence);
    }

    /** Shows a sentence about the open blog: it stays while the author moves between its posts. */
    default void notifyBlog(NotificationBar.Kind kind, String sentence) {
        notifyAbout(null, kind, sentence);
    }

    /**
     * Shows a sentence about the post at {@code path} of the open blog (a post about to be shown,
     * renamed...), or about the blog when {@code path} is null; it leaves when another is shown.
     */
    void notifyAbout(String path, NotificationBar.Kind kind, String sentence);

    /** Selects a post in the list and opens it (without asking: callers asked already). */
    void selectPost(String path);

    /** Reads one post's summary again and updates the list (after a save, a move, a new post). */
    CompletableFuture<Void> refreshRow(String path);

    /** The post list's rows for a session, prepared by {@link #listRows}; features only pass them on. */
    interface Rows {
    }

    /** Prepares the post list's rows of {@code session}; any thread (off the FX thread for a large blog). */
    Rows listRows(BlogSession session);

    /** Makes {@code next} the session (after a new post or a copy) and lists its posts. */
    void replaceSession(BlogSession next, Rows rows);

    /** Opens a blog folder (asking first when it is not a blog) and selects {@code post} or the first one. */
    void openBlog(Path folder, String post);

    /** Shows a post read again (reloaded from disk, converted), or the sentence why it could not be. */
    void show(OpenPost.Reading reading);

    /** Shows the unsaved mark of the open post again (after its text was replaced). */
    void showDirty();

    /** Tells every feature that the author let the open post's unsaved changes go. */
    void discarded(OpenPost post);

    /** Asks before leaving the open post; true when it may be left. */
    boolean canLeave();

    /** Saves the open post; false (with the sentence shown) when it could not be saved. */
    boolean save();

    /** Runs {@code work} on the injected task worker; the future completes there. */
    default <T> CompletableFuture<T> inBackground(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, context().taskExecutor());
    }

    /** Settings, strings and workers, as injected. */
    ShellContext context();

    /** The window's parts, as the features see them. */
    WindowParts window();

    /** How bodies get into the editor (large posts in pieces). */
    LargePosts largePosts();

    DialogService dialogs();

    Clock clock();
}
