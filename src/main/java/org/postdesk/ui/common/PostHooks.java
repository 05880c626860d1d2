package org.postdesk.ui.common;

import org.postdesk.app.BlogSession;
import org.postdesk.app.OpenPost;

/**
 * What the workbench tells the features that keep the author's text safe (journal, disk
 * watcher, file actions) at the moments they care about. FX thread; every method has a
 * do-nothing default.
 */
public interface PostHooks {

    /** A blog finished opening (its posts are listed). */
    default void blogOpened(BlogSession session) {
    }

    /** A post is shown in the editor (opened, reloaded or converted). */
    default void postShown(OpenPost post) {
    }

    /** The open post is about to be saved; false stops the save (the author cancelled). */
    default boolean mayOverwrite(OpenPost post) {
        return true;
    }

    /** Postdesk is about to write these bytes to the post's file. */
    default void writing(OpenPost post, byte[] bytes) {
    }

    /** The open post was saved. */
    default void saved(OpenPost post) {
    }

    /** The author let the open post's unsaved changes go ("Don't Save"). */
    default void discarded(OpenPost post) {
    }

}
