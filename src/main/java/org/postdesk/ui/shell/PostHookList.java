package org.postdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import org.postdesk.app.BlogSession;
import org.postdesk.app.OpenPost;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.ui.common.PostHooks;

/** The installed {@link PostHooks}, called in order, and how saves write bytes. FX thread. */
final class PostHookList implements PostHooks {

    private final List<PostHooks> hooks = new ArrayList<>();
    private AtomicFiles.Sink sink = AtomicFiles.CHANNEL;

    void add(PostHooks hook) {
        hooks.add(hook);
    }

    /** The installed hook of this type (the menus' actions, for tests). */
    <T extends PostHooks> T find(Class<T> type) {
        return hooks.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** How saves move bytes to disk (tests pass one that fails like a full disk). */
    AtomicFiles.Sink sink() {
        return sink;
    }

    void useSink(AtomicFiles.Sink next) {
        this.sink = next;
    }

    @Override
    public void blogOpened(BlogSession session) {
        hooks.forEach(h -> h.blogOpened(session));
    }

    @Override
    public void postShown(OpenPost post) {
        hooks.forEach(h -> h.postShown(post));
    }

    @Override
    public boolean mayOverwrite(OpenPost post) {
        for (PostHooks h : hooks) {
            if (!h.mayOverwrite(post)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void writing(OpenPost post, byte[] bytes) {
        hooks.forEach(h -> h.writing(post, bytes));
    }

    @Override
    public void saved(OpenPost post) {
        hooks.forEach(h -> h.saved(post));
    }

    @Override
    public void discarded(OpenPost post) {
        hooks.forEach(h -> h.discarded(post));
    }
}
