package org.postdesk.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.postdesk.app.BlogSession;
import org.postdesk.app.FailureReason;
import org.postdesk.app.SampleBlog;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.postlist.NewPostFlow;

/** What the File menu does, on the workbench. */
final class Actions implements MainMenu.Actions {

    private final Bench bench;
    private final Supplier<Path> hugoSample;

    /** With no sample site (the tool bar's copy of the actions). */
    Actions(Bench bench) {
        this(bench, () -> null);
    }

    /** {@code hugoSample}: the folder the sample Hugo site is copied to, or null when there is none. */
    Actions(Bench bench, Supplier<Path> hugoSample) {
        this.bench = bench;
        this.hugoSample = hugoSample;
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

    /** Copies the sample Hugo site out (once, in the background) and opens it. */
    @Override
    public void openSampleHugoSite() {
        Path target = hugoSample.get();
        if (target == null || !bench.canLeave()) {
            return;
        }
        bench.inBackground(() -> {
            try {
                return SampleBlog.copyHugoTo(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).whenCompleteAsync((site, error) -> {
            if (error != null) {
                bench.notify(NotificationBar.Kind.ERROR, bench.context().text("error.sampleHugo", FailureReason.of(error)));
            } else {
                bench.openBlog(site, null);
            }
        }, Platform::runLater);
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
