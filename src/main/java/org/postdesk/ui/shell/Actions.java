package org.postdesk.ui.shell;

import java.nio.file.Path;
import org.postdesk.app.BlogSession;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.postlist.NewPostFlow;

/** What the File menu does, on the workbench. */
final class Actions implements MainMenu.Actions {

    private final Bench bench;

    Actions(Bench bench) {
        this.bench = bench;
    }

    @Override
    public void newPost() {
        new NewPostFlow(bench).run();
    }

    @Override
    public void openBlogFolder() {
        BlogSession current = bench.session();
        bench.dialogs().chooseBlogFolder(current == null ? null : current.root().getParent())
                .filter(dir -> bench.canLeave())
                .ifPresent(dir -> bench.openBlog(dir, null));
    }

    @Override
    public void openRecent(Path blog) {
        if (bench.canLeave()) {
            bench.openBlog(blog, null);
        }
    }

    @Override
    public void save() {
        bench.save();
    }

    @Override
    public void quit() {
        if (bench.canLeave()) {
            bench.window().stage().close();
        }
    }
}
