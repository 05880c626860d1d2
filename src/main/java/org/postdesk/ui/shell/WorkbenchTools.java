package org.postdesk.ui.shell;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.text.Font;
import javafx.stage.WindowEvent;
import org.postdesk.app.BlogSession;
import org.postdesk.app.OpenPost;
import org.postdesk.core.text.BlogSearch;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.editor.MarkdownEditor;
import org.postdesk.ui.find.EditorFindTarget;
import org.postdesk.ui.find.FindBar;
import org.postdesk.ui.find.GoToLineBar;
import org.postdesk.ui.outline.OutlinePane;
import org.postdesk.ui.search.BlogSearchWindow;
import org.postdesk.ui.settings.SettingsDialog;
import org.postdesk.ui.settings.SettingsValues;
import org.postdesk.ui.status.StatusBar;

/**
 * The tools around the editor (decision 0014), wired to the workbench: status bar, find and
 * replace, go to line, outline, search in all posts, headings, toolbar, theme, settings,
 * shortcuts. Built once per window by {@link Shell#create}. FX thread.
 */
public final class WorkbenchTools implements ToolMenus.Hooks {

    static final String SHOW_OUTLINE = "view.outline";

    /** What the tools ask of the images feature: Insert > Image... and Image Settings.... */
    record ImageActions(Runnable insertImage, Runnable imageSettings) {
    }

    private final Bench bench;
    private final MainWindow window;
    private final MarkdownEditor editor;
    private final EditorFindTarget target;
    private final StatusBar status;
    private final FindBar findBar;
    private final GoToLineBar goToLine;
    private final OutlinePane outline;
    private final Look look;
    private final Consumer<Duration> autosaveDelay;
    private final ImageActions imageActions;
    private final BooleanProperty outlineShown = new SimpleBooleanProperty(this, "outlineShown");
    private final ExecutorService searchWorker;
    private BlogSearchWindow search;
    private BlogSearch.Hit pendingJump;

    /** @param autosaveDelay where a new autosave delay from the Settings dialog goes (the recovery journal) */
    WorkbenchTools(Bench bench, MainWindow window, Map<String, String> environment, Consumer<Duration> autosaveDelay,
                   ImageActions imageActions) {
        this.bench = bench;
        this.imageActions = imageActions;
        this.autosaveDelay = autosaveDelay;
        this.searchWorker = bench.context().newWorker("postdesk-search");
        this.window = window;
        ShellContext context = bench.context();
        editor = window.editor();
        target = new EditorFindTarget(editor);

        status = new StatusBar(context.bundle("org.postdesk.ui.status.messages"));
        window.setStatusBar(status);
        editor.caretPositionProperty().addListener((obs, was, now) -> showCaret());
        editor.firstLineProperty().addListener((obs, was, now) -> showCaret());
        bench.saveStateProperty().addListener((obs, was, now) -> status.setSaveState(now));

        findBar = new FindBar(context.bundle("org.postdesk.ui.find.messages"), target);
        goToLine = new GoToLineBar(context.bundle("org.postdesk.ui.find.messages"), target);
        window.addEditorBars(findBar, goToLine);

        outline = new OutlinePane(context.bundle("org.postdesk.ui.outline.messages"));
        outline.setOnJump(line -> {
            target.goToLine(line);
            target.focus();
        });
        outlineShown.set(context.settings().getBoolean(SHOW_OUTLINE, true));
        outlineShown.addListener((obs, was, now) -> context.settings().putBoolean(SHOW_OUTLINE, now));
        window.setSidePanel(outline, outlineShown);

        TextAnalysis analysis = new TextAnalysis(window.editor()::textSnapshot, context.highlightExecutor(), result -> {
            status.setCounts(result.counts());
            outline.setHeadings(result.headings());
        });
        window.editor().onEdit(() -> {
            analysis.request();
            if (!bench.largePosts().isLargeNow()) {
                findBar.refresh(); // on a large post the matches update on Next / Previous only
            }
            jumpIfPending();
        });
        analysis.runNow();

        look = new Look(window, context.settings(), environment);
        ToolMenus menus = new ToolMenus(context.bundle("org.postdesk.ui.shell.messages"));
        menus.addTo(window.menuBar(), this, outlineShown, look.darkProperty());
        window.setToolBar(menus.toolBar(new Actions(bench), window.editor()::toggleBold,
                window.editor()::toggleItalic, window.editor()::insertLink, this, window.previewShownProperty()));
        window.stage().setOnHidden(chain(window.stage().getOnHidden(), e -> searchWorker.shutdownNow()));
    }

    /** Themes every window of the application, dialogs too (the app passes Application::setUserAgentStylesheet). */
    public void applyThemeEverywhere(Consumer<String> setUserAgentStylesheet) {
        look.applyEverywhere(setUserAgentStylesheet);
    }

    StatusBar statusBar() {
        return status;
    }

    FindBar findBar() {
        return findBar;
    }

    GoToLineBar goToLineBar() {
        return goToLine;
    }

    OutlinePane outline() {
        return outline;
    }

    Look look() {
        return look;
    }

    BlogSearchWindow searchWindow() {
        return search;
    }

    @Override
    public void find(boolean replace) {
        goToLine.setVisible(false);
        findBar.open(replace);
    }

    @Override
    public void findNext(boolean forward) {
        if (!findBar.isVisible()) {
            find(false);
        } else if (forward) {
            findBar.next();
        } else {
            findBar.previous();
        }
    }

    @Override
    public void goToLine() {
        findBar.setVisible(false);
        goToLine.open();
    }

    @Override
    public void searchAll() {
        if (search == null) {
            search = new BlogSearchWindow(bench.context().bundle("org.postdesk.ui.search.messages"), window.stage(),
                    searchWorker);
            search.stage().getScene().setUserAgentStylesheet(window.stage().getScene().getUserAgentStylesheet());
            search.setOnOpen(this::open);
        }
        BlogSession session = bench.session();
        List<String> posts = bench.posts().stream().map(p -> p.path()).toList();
        search.setSearcher(session == null ? null
                : (query, progress, cancelled) -> new BlogSearch(session::resolve).search(posts, query, progress,
                cancelled));
        search.show();
    }

    /** Opens a search hit: the post (asking first if the open one has changes), then its line. */
    void open(BlogSearch.Hit hit) {
        OpenPost open = bench.openPostNow();
        if (open != null && open.path().equals(hit.post())) {
            jumpTo(hit);
            return;
        }
        if (!bench.canLeave()) {
            return;
        }
        pendingJump = hit;
        bench.selectPost(hit.post());
    }

    private void jumpIfPending() {
        BlogSearch.Hit hit = pendingJump;
        OpenPost open = bench.openPostNow();
        if (hit != null && open != null && open.path().equals(hit.post())) {
            pendingJump = null;
            Platform.runLater(() -> jumpTo(hit));
        }
    }

    private void jumpTo(BlogSearch.Hit hit) {
        // file lines on both sides (decision record 0031): the front matter may have changed since the search
        int line = hit.line() - editor.firstLine();
        if (line >= 0) {
            target.goToLine(line);
        }
        window.stage().toFront();
        target.focus();
    }

    @Override
    public void heading(int level) {
        if (editor.isEditable()) {
            editor.setHeading(level);
        }
    }

    @Override
    public void insertImage() {
        if (imageActions != null) {
            imageActions.insertImage().run();
        } else if (editor.isEditable()) {
            editor.insertAtCaret("![]()");
            editor.moveCaret(editor.caretPosition() - 4);
        }
    }

    @Override
    public void settings() {
        ShellContext context = bench.context();
        SettingsValues current = new SettingsValues(context.settings().getString(Theme.SETTING, "system"),
                context.settings().getString(UiLanguage.SETTING, "system"), look.fontFamily(), look.fontSize(),
                window.editor().wrapTextProperty().get(), AutosaveDelay.seconds(context.settings()));
        new SettingsDialog(context.bundle("org.postdesk.ui.settings.messages"), window.stage(), current,
                Font.getFamilies(), imageActions == null ? null : imageActions.imageSettings()).ask().ifPresent(this::apply);
    }

    /** Applies the dialog's values: theme, font, wrap and autosave delay now, language on the next start. */
    void apply(SettingsValues values) {
        look.chooseTheme(Theme.fromSetting(values.theme()), System.getenv());
        look.chooseFont(values.fontFamily(), values.fontSize());
        window.editor().wrapTextProperty().set(values.softWrap());
        bench.context().settings().putString(UiLanguage.SETTING, UiLanguage.fromSetting(values.language()).code());
        AutosaveDelay.store(bench.context().settings(), values.autosaveSeconds());
        autosaveDelay.accept(AutosaveDelay.of(bench.context().settings()));
    }

    @Override
    public void closeWindow() {
        if (bench.canLeave()) {
            window.stage().close();
        }
    }

    @Override
    public void shortcuts() {
        ShortcutsDialog.show(bench.context().bundle("org.postdesk.ui.shell.messages"), window.stage(),
                window.menuBar());
    }

    private void showCaret() {
        int[] position = editor.caretLineColumn();
        status.setCaret(position[0] + editor.firstLine(), position[1] + 1); // the file's line (decision record 0031)
    }

    private static EventHandler<WindowEvent> chain(
            EventHandler<WindowEvent> first,
            EventHandler<WindowEvent> then) {
        return e -> {
            if (first != null) {
                first.handle(e);
            }
            then.handle(e);
        };
    }
}
