package org.postdesk.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.postdesk.app.BlogLoader;
import org.postdesk.app.BlogSession;
import org.postdesk.app.FailureReason;
import org.postdesk.app.FieldHints;
import org.postdesk.app.OpenPost;
import org.postdesk.app.RecentBlogs;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.DialogService;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.SaveState;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.files.NotABlogFlow;
import org.postdesk.ui.images.ImagesFeature;
import org.postdesk.ui.postlist.PostRows;
import org.postdesk.ui.postlist.PreparedRows;
import org.postdesk.ui.problems.ProblemsFeature;
import org.postdesk.ui.safety.ReadOnlyCopy;
import org.postdesk.ui.safety.UnsavedChangesGuard;

/**
 * Wires the window's panes to the open blog and the open post: opening blogs and posts in the
 * background, the form and the editor feeding the preview, unsaved-changes marks, saving and
 * the questions before leaving a post. FX thread, except what it hands to the task worker.
 */
public final class Workbench implements Bench {

    private final MainWindow window;
    private final ShellContext context;
    private final DialogService dialogs;
    private final BlogLoader loader;
    private final RecentBlogs recent;
    private final UnsavedChangesGuard guard;
    private final Executor fx = Platform::runLater;
    private final Clock clock;
    private final ImagesFeature images;
    final PostHookList hooks = new PostHookList();
    private final LargePostMode large;
    private final ReadOnlyObjectWrapper<BlogSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<OpenPost> post = new ReadOnlyObjectWrapper<>(this, "post");
    private boolean bodyDirty;
    private long blogTicket;
    private long postTicket;
    private volatile long dirtyTicket;
    private String pendingSelection;
    private BlogLoader.Loading loading;
    private final ObjectProperty<SaveState> saveState =
            new SimpleObjectProperty<>(SaveState.NO_POST);

    Workbench(MainWindow window, ShellContext context, DialogService dialogs, BlogLoader loader, Clock clock) {
        this.window = window;
        this.clock = clock;
        this.context = context;
        this.dialogs = dialogs;
        this.loader = loader;
        this.recent = new RecentBlogs(context.settings());
        this.large = new LargePostMode(window, context);
        this.guard = new UnsavedChangesGuard(dialogs, () -> post.get(), large::editorText, this::save,
                this::discardChanges);
        window.setActions(new Actions(this));
        window.postList().setCanLeave(guard::canLeave);
        window.postList().setOnCancelLoading(this::cancelLoading);
        window.postList().selectedPathProperty().addListener((obs, was, path) -> {
            if (path != null) {
                openPost(path);
            }
        });
        window.editor().onEdit(this::bodyEdited);
        window.preview().setOnPostLink(this::openLinkedPost);
        window.frontMatter().addEditListener(this::frontMatterEdited);
        window.stage().setOnCloseRequest(event -> {
            if (!guard.canLeave()) {
                event.consume();
            }
        });
        showNoPost();
        images = new ImagesFeature(this, window.editor().textArea(), new FormImageDrops(window.frontMatter()));
    }

    /** The render to run for the current text and front matter; called by the scheduler on the FX thread. */
    Supplier<String> previewJob() {
        Supplier<String> text = window.editor().textSnapshot();
        Map<String, Object> page = post.get() == null ? Map.of() : post.get().frontMatter().toPageMap();
        String path = post.get() == null ? "" : post.get().path();
        BlogSession blog = session.get();
        return () -> context.renderer().render(blog == null
                ? new RenderRequest(text.get(), page, Map.of(), Path.of("").toAbsolutePath(), BlogFiles.NONE)
                : blog.preview().request(path, text.get(), page)).html();
    }

    @Override
    public MainWindow window() {
        return window;
    }

    @Override
    public ReadOnlyObjectProperty<BlogSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<OpenPost> postProperty() {
        return post.getReadOnlyProperty();
    }

    @Override
    public LargePostMode largePosts() {
        return large;
    }

    ImagesFeature images() {
        return images;
    }

    @Override
    public DialogService dialogs() {
        return dialogs;
    }

    UnsavedChangesGuard guard() {
        return guard;
    }

    List<Path> recentBlogs() {
        return recent.list();
    }

    @Override
    public void openBlog(Path folder, String postToSelect) {
        Path dir = folder.toAbsolutePath().normalize();
        CompletableFuture.supplyAsync(() -> loader.notABlog(dir), context.taskExecutor())
                .thenAcceptAsync(notABlog -> notABlog.ifPresentOrElse(
                        why -> new NotABlogFlow(this, context).ask(dir, why),
                        () -> load(dir, postToSelect)), fx);
    }

    @Override
    public void notifyAbout(String path, NotificationBar.Kind kind, String sentence) {
        Path blog = session.get() == null ? null : session.get().root();
        window.notifications().show(kind, sentence, new NotificationBar.Scope(blog, blog == null ? null : path));
    }

    private void load(Path dir, String postToSelect) {
        long ticket = ++blogTicket;
        var list = window.postList();
        if (session.get() == null || !session.get().root().equals(dir)) {
            session.set(null);
            list.select(null);
            list.setRows(PreparedRows.empty());
            list.dirtyPaths().clear();
            showNoPost();
            window.notifications().keepOnly(dir, null);
        }
        list.loadingProperty().set(true);
        list.progressProperty().set(-1);
        pendingSelection = postToSelect;
        BlogLoader.Loading loading = loader.start(dir, (done, total) -> Platform.runLater(() -> {
            if (ticket == blogTicket && total > 0) {
                list.progressProperty().set((double) done / total);
            }
        }));
        this.loading = loading;
        loading.session().thenApply(s -> new Loaded(s, PreparedRows.of(PostRows.from(s.posts()))))
                .whenCompleteAsync((loaded, error) -> {
                    if (ticket != blogTicket) {
                        return;
                    }
                    this.loading = null;
                    list.loadingProperty().set(false);
                    if (error != null) {
                        notifyBlog(NotificationBar.Kind.ERROR, context.text("error.openBlog", dir, reason(error)));
                        return;
                    }
                    if (loading.cancelled()) {
                        // The same blog again: keep what it listed before; another blog: open, no posts listed.
                        if (session.get() == null || !session.get().root().equals(loaded.session().root())) {
                            blogLoaded(loaded, ticket);
                        }
                        list.showLoadingCancelled();
                        notifyBlog(NotificationBar.Kind.INFO, context.text("notice.listingCancelled", dir));
                        return;
                    }
                    blogLoaded(loaded, ticket);
                }, fx);
    }

    /** The author clicked Cancel next to the progress: stop indexing the blog being opened. */
    private void cancelLoading() {
        if (loading != null) {
            loading.cancel();
        }
    }

    private record Loaded(BlogSession session, PreparedRows rows) {
    }

    private void blogLoaded(Loaded loaded, long ticket) {
        session.set(loaded.session());
        images.sessionChanged();
        recent.opened(session.get().root());
        window.postList().setRows(loaded.rows());
        window.preview().setBlogFolder(session.get().root()); // file: links open only inside it
        window.stage().setTitle(title());
        hooks.blogOpened(session.get());
        String select = pendingSelection;
        pendingSelection = null;
        if (select == null || session.get().post(select).isEmpty()) {
            select = session.get().posts().isEmpty() ? null : session.get().posts().get(0).path();
        }
        if (select != null) {
            selectPost(select);
        }
        loader.learn(session.get()).whenCompleteAsync((learned, error) -> {
            if (ticket == blogTicket && error == null && session.get() != null && session.get().root().equals(learned.root())) {
                session.set(session.get().withLearned(learned.conventions(), learned.hints()));
                images.sessionChanged();
                if (post.get() != null && !window.frontMatter().isFocusWithin()) {
                    window.frontMatter().setDocument(post.get().frontMatter(), session.get().hints());
                }
            }
        }, fx);
    }

    /** A link in the preview to another post of the blog: open it, asking first about unsaved changes. */
    private void openLinkedPost(String path) {
        if (session.get() != null && session.get().post(path).isPresent() && guard.canLeave()) {
            selectPost(path);
        }
    }

    @Override
    public void selectPost(String path) {
        if (path.equals(window.postList().selectedPathProperty().get())) {
            openPost(path);
        } else {
            window.postList().select(path);
        }
    }

    private void openPost(String path) {
        BlogSession blog = session.get();
        if (blog == null) {
            return;
        }
        long ticket = ++postTicket;
        List<String> keyOrder = blog.hints().keyOrder();
        CompletableFuture.supplyAsync(() -> OpenPost.read(path, blog.resolve(path), keyOrder, blog.blog().writes(),
                blog.site().frontMatterFormats()), context.taskExecutor())
                .thenAcceptAsync(reading -> {
                    if (ticket == postTicket && blog.root().equals(session.get() == null ? null : session.get().root())) {
                        show(reading);
                    }
                }, fx);
    }

    @Override
    public void show(OpenPost.Reading reading) {
        if (post.get() != null) {
            window.postList().dirtyPaths().remove(post.get().path());
        }
        window.notifications().hideErrors();
        window.notifications().keepOnly(session.get() == null ? null : session.get().root(),
                reading.post() == null ? null : reading.post().path());
        if (reading.post() == null) {
            showNoPost();
            notify(NotificationBar.Kind.ERROR, reading.refusal());
            return;
        }
        post.set(reading.post());
        bodyDirty = false;
        window.frontMatter().setDocument(post.get().frontMatter(), session.get().hints());
        window.frontMatter().setDisable(post.get().isReadOnly());
        window.editor().firstLineProperty().set(post.get().bodyFirstLine()); // file lines (decision record 0031)
        large.show(post.get().savedBody(), !post.get().isReadOnly());
        if (!post.get().offersCopy()) { // a post we may not write gets one bar with its way out (ReadOnlyCopy)
            post.get().readOnlySentence().ifPresent(sentence -> notify(NotificationBar.Kind.ERROR,
                    context.text("notice.readOnly", sentence)));
        }
        showDirty();
        hooks.postShown(post.get());
    }

    private void showNoPost() {
        post.set(null);
        bodyDirty = false;
        window.frontMatter().setDocument(FrontMatterDocument.parse(""), FieldHints.none());
        window.frontMatter().setDisable(true);
        large.show("", false);
        window.editor().firstLineProperty().set(1);
        window.stage().setTitle(title());
        saveState.set(SaveState.NO_POST);
    }

    private void bodyEdited() {
        OpenPost open = post.get();
        if (open == null) {
            return;
        }
        long ticket = ++dirtyTicket;
        if (window.editor().length() != open.savedBody().length()) {
            // Another length is a change: no text to build and compare (a copy per keystroke on a large post).
            if (!bodyDirty) {
                bodyDirty = true;
                showDirty();
            }
            return;
        }
        Supplier<String> text = window.editor().textSnapshot();
        // A newer edit makes this check moot: skip building the text (costly on a large post).
        CompletableFuture.supplyAsync(() -> ticket != dirtyTicket || open.isBodyDirty(text.get()),
                        context.highlightExecutor())
                .thenAcceptAsync(dirty -> {
                    if (ticket == dirtyTicket && open == post.get()) {
                        bodyDirty = dirty;
                        showDirty();
                    }
                }, fx);
    }

    private void frontMatterEdited(FrontMatterDocument edited) {
        if (post.get() == null) {
            return;
        }
        post.get().setFrontMatter(edited);
        window.editor().firstLineProperty().set(post.get().bodyFirstLine());
        showDirty();
        window.renderScheduler().requestRender();
    }

    @Override
    public void showDirty() {
        boolean dirty = post.get() != null && (bodyDirty || post.get().isFrontMatterDirty());
        if (post.get() != null) {
            if (dirty) {
                window.postList().dirtyPaths().add(post.get().path());
            } else {
                window.postList().dirtyPaths().remove(post.get().path());
            }
        }
        window.stage().setTitle((dirty ? "* " : "") + title());
        saveState.set(post.get() == null ? SaveState.NO_POST : post.get().isReadOnly()
                ? SaveState.READ_ONLY
                : dirty ? SaveState.UNSAVED : SaveState.SAVED);
    }

    private WorkbenchTools tools;
    private ProblemsFeature problems;

    void setProblems(ProblemsFeature problems) {
        this.problems = problems;
    }

    /** Problems in the editor (decision record 0031). */
    ProblemsFeature problems() {
        return problems;
    }

    void setTools(WorkbenchTools tools) {
        this.tools = tools;
    }

    /** Status bar, find, outline, search, look (decision 0014). */
    public WorkbenchTools tools() {
        return tools;
    }

    @Override
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    private String title() {
        String app = context.text("app.title");
        if (post.get() != null) {
            return post.get().title() + " \u2014 " + app;
        }
        return session.get() == null ? app : session.get().root().getFileName() + " \u2014 " + app;
    }

    @Override
    public boolean save() {
        if (post.get() == null) {
            return true;
        }
        String text = large.editorText();
        OpenPost open = post.get();
        try {
            if (!hooks.mayOverwrite(open)) {
                return false;
            }
            saveState.set(SaveState.SAVING);
            open.save(text, hooks.sink(), bytes -> hooks.writing(open, bytes));
        } catch (PostIoException e) {
            notify(NotificationBar.Kind.ERROR, context.text("error.save", e.getMessage()));
            showDirty();
            return false;
        }
        window.notifications().hideErrors();
        dirtyTicket++;
        bodyDirty = false;
        showDirty();
        refreshRow(post.get().path());
        hooks.saved(open);
        return true;
    }

    @Override
    public void discarded(OpenPost open) {
        hooks.discarded(open);
    }

    private void discardChanges() {
        if (post.get() != null) {
            window.postList().dirtyPaths().remove(post.get().path());
            hooks.discarded(post.get());
        }
    }

    @Override
    public CompletableFuture<Void> refreshRow(String path) {
        BlogSession blog = session.get();
        long ticket = blogTicket;
        return loader.rescan(blog, path)
                .thenApply(s -> new Loaded(s, PreparedRows.of(PostRows.from(s.posts()))))
                .thenAcceptAsync(loaded -> {
                    if (ticket == blogTicket && session.get() != null) {
                        session.set(loaded.session().withLearned(session.get().conventions(), session.get().hints()));
                        window.postList().setRows(loaded.rows());
                    }
                }, fx);
    }

    @Override
    public boolean canLeave() {
        return guard.canLeave();
    }

    static String reason(Throwable error) {
        return FailureReason.of(error);
    }

    @Override
    public ShellContext context() {
        return context;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** The rows {@link #listRows} prepares: the post list's own, which features only pass back. */
    private record Listed(PreparedRows rows) implements Rows {
    }

    @Override
    public Rows listRows(BlogSession listed) {
        return new Listed(PreparedRows.of(PostRows.from(listed.posts())));
    }

    @Override
    public void replaceSession(BlogSession next, Rows rows) {
        session.set(next);
        window.postList().setRows(((Listed) rows).rows());
    }

}
