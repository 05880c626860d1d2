package org.postdesk.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.postdesk.app.BlogLoader;
import org.postdesk.app.BlogSession;
import org.postdesk.app.FailureReason;
import org.postdesk.app.RecentBlogs;
import org.postdesk.app.StartupBlog;
import org.postdesk.ui.common.DialogService;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.PostHooks;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.postlist.NewDraftItem;
import org.postdesk.ui.preview.BlogStyleFeature;
import org.postdesk.ui.problems.ProblemsFeature;
import org.postdesk.ui.publish.PublishFeature;
import org.postdesk.ui.safety.FileSafety;
import org.postdesk.ui.safety.RecoveryFeature;

/** Builds the working window (panes + workbench) and opens the blog it starts on. */
public final class Shell {

    private Shell() {
    }

    /**
     * The window on {@code stage}, wired; no blog open yet.
     *
     * @param dialogs   the dialogs, given the window they belong to
     * @param cacheRoot where index caches go; null for none
     */
    public static Workbench create(Stage stage, ShellContext context, Function<Window, DialogService> dialogs,
                                   Path cacheRoot, Clock clock) {
        return create(stage, context, dialogs, cacheRoot, clock, FileSafety.forCurrentUser());
    }

    /** As above, with the journal folder, file questions and write path given (tests). */
    static Workbench create(Stage stage, ShellContext context, Function<Window, DialogService> dialogs,
                            Path cacheRoot, Clock clock, FileSafety safety) {
        Workbench[] bench = new Workbench[1];
        RecentBlogs recent = new RecentBlogs(context.settings());
        Supplier<Supplier<String>> job = () -> bench[0] == null ? () -> "" : bench[0].previewJob();
        MainWindow window = new MainWindow(stage, context, job, recent::list);
        bench[0] = new Workbench(window, context, dialogs.apply(stage), new BlogLoader(context.taskExecutor(), cacheRoot),
                clock);
        SafetyFeatures.Installed safe = SafetyFeatures.install(bench[0], safety);
        RecoveryFeature recovery = safe.recovery();
        NewDraftItem.install(bench[0]);
        TextCommands.install(window, context, () -> bench[0].images().pasteRich());
        bench[0].hooks.add(BlogStyleFeature.install(bench[0], window.preview()));
        bench[0].setTools(new WorkbenchTools(bench[0], window, System.getenv(), recovery::setAutosaveDelay,
                new WorkbenchTools.ImageActions(() -> bench[0].images().insertImages(), bench[0].images()::editSettings)));
        bench[0].setProblems(new ProblemsFeature(bench[0], window.problemsFace(bench[0].tools().statusBar()),
                new ProblemsFeature.Actions(() -> bench[0].images().downloadWebImages(), safe.files()::renameOpenPost)));
        PublishFeature.install(bench[0], Path.of(System.getProperty("user.home")), System.getenv());
        HelpMenu.install(bench[0]);
        bench[0].hooks.add(new PostHooks() {
            @Override
            public void blogOpened(BlogSession session) {
                bench[0].tools().statusBar().setSite(session.site().generator().displayName());
            }
        });
        return bench[0];
    }

    /** Chooses the blog to start on (in the background, copying the sample blog if needed) and opens it. */
    static CompletableFuture<Void> start(Workbench bench, StartupBlog startup, List<String> args) {
        prepare(bench, startup);
        return start(bench, choose(bench.context().taskExecutor(), startup, args));
    }

    /**
     * What the window needs of the start's folders (the sample sites' copies); the application
     * calls it between {@link #create} and {@link #start(Workbench, CompletableFuture)}.
     */
    static void prepare(Workbench bench, StartupBlog startup) {
        SampleSiteItem.install(bench, startup);
        bench.setHugoSampleFolder(startup.hugoSampleFolder()); // File > Open Sample Hugo Site (docs/decisions/0040)
    }

    /** Starts choosing the blog on {@code worker} now, so it can run while the FX thread builds the window. */
    static CompletableFuture<StartupBlog.Start> choose(Executor worker, StartupBlog startup, List<String> args) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return startup.choose(args);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, worker);
    }

    /**
     * Opens the chosen blog: at once (on the FX thread, the caller) when the choice is already
     * made, so the blog is read while the window's first frame is laid out (docs/decisions/0035),
     * else on the FX thread when it is made.
     */
    static CompletableFuture<Void> start(Workbench bench, CompletableFuture<StartupBlog.Start> chosen) {
        BiFunction<StartupBlog.Start, Throwable, Void> open = (start, error) -> {
            if (error != null) {
                bench.notify(NotificationBar.Kind.ERROR,
                        bench.context().text("error.sample", FailureReason.of(error)));
                return null;
            }
            if (start.notice() != null) {
                bench.notify(NotificationBar.Kind.INFO, start.notice());
            }
            bench.openBlog(start.blog(), start.post());
            return null;
        };
        return chosen.isDone() && Platform.isFxApplicationThread() ? chosen.handle(open)
                : chosen.handleAsync(open, Platform::runLater);
    }
}
