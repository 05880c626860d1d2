package org.postdesk.ui.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.html.PreviewBlocks;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.common.WindowParts;
import org.postdesk.ui.editor.FontChoice;
import org.postdesk.ui.editor.MarkdownEditor;
import org.postdesk.ui.editor.ProblemMarks;
import org.postdesk.ui.frontmatter.FrontMatterPane;
import org.postdesk.ui.postlist.Messages;
import org.postdesk.ui.postlist.PostListPane;
import org.postdesk.ui.preview.PreviewPane;
import org.postdesk.ui.preview.RenderPause;
import org.postdesk.ui.preview.RenderScheduler;
import org.postdesk.ui.problems.ProblemsWindow;
import org.postdesk.ui.status.StatusBar;

/**
 * The main window's nodes: menu bar, then three resizable columns — the post list
 * ({@code #postList}), the front-matter form ({@code #frontMatter}) above the editor
 * ({@code #editor}) with the notification bar ({@code #notification}) on top, and the preview
 * ({@code #preview}), which can be hidden. Size and split positions are remembered. What the
 * nodes do together is wired by {@link Workbench}.
 */
public final class MainWindow implements WindowParts {

    static final String SHOW_PREVIEW = "view.preview";
    static final String SOFT_WRAP = "view.softWrap";
    static final String FORM_FOLDED = "view.formFolded";
    /** About six lines: the editor keeps them while question bars are open above it (decision 0034). */
    static final double EDITOR_MIN_HEIGHT = 130;

    private final Stage stage;
    private final ShellContext context;
    private final LayoutMemory layout;
    private final MarkdownEditor editor;
    private final PreviewPane preview;
    private final RenderScheduler<PreviewBlocks> scheduler;
    private final PostListPane postList;
    private final FrontMatterPane frontMatter;
    private final NotificationBar notifications;
    private final VBox bars = new VBox();
    private final SplitPane columns = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final BooleanProperty previewShown = new SimpleBooleanProperty(this, "previewShown", true);
    private final SplitMemory columnSplit;
    private final SplitMemory middleSplit;
    private MainMenu.Actions actions = new NoActions();
    private final VBox editorArea;
    private final BorderPane root;
    private final MenuBar menuBar;

    /** A window without a blog: the preview renders the editor text alone. */
    public MainWindow(Stage stage, ShellContext context) {
        this(stage, context, null, List::of);
    }

    /**
     * @param previewJob called on the FX thread when a render starts; returns the render to run
     *                   on the render worker (its result is the HTML the preview shows)
     * @param recentBlogs the blogs for File > Open Recent
     */
    public MainWindow(Stage stage, ShellContext context, Supplier<Supplier<String>> previewJob,
                      Supplier<List<Path>> recentBlogs) {
        this.stage = Objects.requireNonNull(stage);
        this.context = Objects.requireNonNull(context);
        this.layout = new LayoutMemory(context.settings());

        editor = new MarkdownEditor(context.highlightExecutor());
        preview = new PreviewPane(context.linkOpener());
        // The job itself renders; the scheduler waits for a pause fitting the render's cost, runs it
        // off-thread (where the HTML is also cut into blocks, so the page gets only the changed ones)
        // and drops stale results.
        scheduler = new RenderScheduler<>(previewJob != null ? previewJob : this::standaloneJob, PreviewBlocks::split,
                preview::show, context.renderExecutor(), RenderPause.ADAPTIVE);
        editor.onEdit(scheduler::requestRender);
        ScrollSync.wire(editor, preview); // scroll, caret mark and clicks by source line (docs/decisions/0014)

        postList = new PostListPane(new Messages(context.messages().getLocale()));
        frontMatter = new FrontMatterPane(context.messages().getLocale(), context.taskExecutor());
        frontMatter.setMinHeight(0);
        notifications = new NotificationBar(context.text("notification.close"));

        editorArea = new VBox(notifications, bars, editor.node());
        VBox.setVgrow(editor.node(), Priority.ALWAYS);
        if (editor.node() instanceof Region text) {
            text.setMinHeight(EDITOR_MIN_HEIGHT); // bars above it give way to the form's height, not to the text
        }
        editorArea.setMinHeight(80);
        middle.setMinWidth(LayoutMemory.MIDDLE_MIN_WIDTH);
        postList.setMinWidth(LayoutMemory.LIST_MIN_WIDTH);
        preview.setMinWidth(LayoutMemory.PREVIEW_MIN_WIDTH);
        middle.setId("middle");
        middle.setOrientation(Orientation.VERTICAL);
        middle.getItems().addAll(frontMatter, editorArea);
        middleSplit = new SplitMemory(middle, layout.dividers(LayoutMemory.MIDDLE_SPLIT, LayoutMemory.MIDDLE_DEFAULT));

        columns.setId("columns");
        columns.getItems().addAll(postList, middle, preview);
        columnSplit = new SplitMemory(columns, layout.dividers(LayoutMemory.MAIN_SPLIT, LayoutMemory.MAIN_DEFAULT));
        frontMatter.foldedProperty().set(context.settings().getBoolean(FORM_FOLDED, false));
        applyFolded(frontMatter.foldedProperty().get());
        frontMatter.foldedProperty().addListener((obs, was, folded) -> {
            context.settings().putBoolean(FORM_FOLDED, folded);
            applyFolded(folded);
        });

        editor.wrapTextProperty().set(context.settings().getBoolean(SOFT_WRAP, true));
        previewShown.set(context.settings().getBoolean(SHOW_PREVIEW, true));
        applyPreviewShown(previewShown.get());
        previewShown.addListener((obs, was, shown) -> applyPreviewShown(shown));

        root = new BorderPane(columns);
        menuBar = new MainMenu(context).build(new ForwardingActions(), recentBlogs, editor, previewShown,
                editor.wrapTextProperty());
        root.setTop(menuBar);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("shell.css").toExternalForm());
        scene.getStylesheets().add(uiFontStylesheet());
        stage.setScene(scene);
        stage.setTitle(context.text("app.title"));
        layout.restoreWindow(stage);
        stage.setOnHidden(event -> storeLayout());
    }

    @Override
    public MarkdownEditor editor() {
        return editor;
    }

    public PreviewPane preview() {
        return preview;
    }

    public RenderScheduler<PreviewBlocks> renderScheduler() {
        return scheduler;
    }

    public PostListPane postList() {
        return postList;
    }

    public FrontMatterPane frontMatter() {
        return frontMatter;
    }

    NotificationBar notifications() {
        return notifications;
    }

    @Override
    public void addUnderNotifications(Node strip) {
        editorArea.getChildren().add(editorArea.getChildren().indexOf(notifications) + 1, strip);
    }

    @Override
    public VBox bars() {
        return bars;
    }

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public Set<String> dirtyPaths() {
        return postList.dirtyPaths();
    }

    @Override
    public void showFrontMatter(FrontMatterDocument doc, FieldHints hints) {
        frontMatter.setDocument(doc, hints);
    }

    @Override
    public void onFormEdit(Runnable action) {
        frontMatter.addEditListener(doc -> action.run());
    }

    @Override
    public void setPostRowMenu(ContextMenu menu) {
        postList.setRowMenu(menu);
    }

    @Override
    public String selectedPostPath() {
        return postList.selectedPathProperty().get();
    }

    @Override
    public void previewFollows(boolean largePost) {
        scheduler.setActive(!largePost && previewShown.get());
    }

    /** Whether the preview column is shown (View > Show Preview). */
    public BooleanProperty previewShownProperty() {
        return previewShown;
    }

    /** Shows a post body in the editor (history forgotten) and renders it at once. */
    public void openText(String body) {
        editor.replaceText(body);
        scheduler.renderNow();
    }

    private Supplier<String> standaloneJob() {
        Supplier<String> text = editor.textSnapshot();
        return () -> context.renderer().render(new RenderRequest(text.get(), Map.of(), Map.of(),
                Path.of("").toAbsolutePath(), BlogFiles.NONE)).html();
    }

    /** What the File menu does. */
    void setActions(MainMenu.Actions actions) {
        this.actions = Objects.requireNonNull(actions);
    }

    /** Writes size, splits and view toggles to the settings (also done when the window hides). */
    public void storeLayout() {
        layout.storeWindow(stage);
        // The wanted positions, not the ones shown: those may be clamped by a small window (decision 0034).
        layout.storeDividers(LayoutMemory.MAIN_SPLIT, columnSplit.wanted());
        layout.storeDividers(LayoutMemory.MIDDLE_SPLIT, middleSplit.wanted());
        context.settings().putBoolean(SHOW_PREVIEW, previewShown.get());
        context.settings().putBoolean(SOFT_WRAP, editor.wrapTextProperty().get());
    }

    /**
     * A one-rule stylesheet that sets the UI font to the first installed Chinese-capable family
     * (JavaFX CSS takes one family, and its default font shows no Chinese on some Linux setups).
     * A stylesheet, not an inline style, so menus and other popups of this scene get it too.
     */
    static String uiFontStylesheet() {
        String family = FontChoice.firstInstalled(FontChoice.UI_FAMILIES, Font.getFamilies(), "System");
        // Context menus too: the editor's would otherwise take the editor's monospaced font.
        String css = ".root, .context-menu { -fx-font-family: \"" + family + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    // --- Places for the tools of decision 0014 (find bars, status bar, toolbar, outline); wired by WorkbenchTools.

    @Override
    public MenuBar menuBar() {
        return menuBar;
    }

    /** Bars shown above the editor, below the notification bar. */
    void addEditorBars(Node... bars) {
        editorArea.getChildren().addAll(editorArea.getChildren().indexOf(notifications) + 1, List.of(bars));
    }

    /** The window as Problems in the editor sees it (decision record 0031), with the status bar's counts. */
    ProblemsWindow problemsFace(StatusBar status) {
        return new ProblemsWindow() {
            @Override
            public void place(Node pane) {
                editorArea.getChildren().add(pane);
            }

            @Override
            public void mark(String basis, int[] ranges, Set<Integer> lines) {
                editor.showProblems(new ProblemMarks(basis, ranges), lines);
            }

            @Override
            public void counts(int errors, int notes) {
                status.setProblems(errors, notes);
            }

            @Override
            public void onCountsClicked(Runnable action) {
                status.setOnProblemsClicked(action);
            }

            @Override
            public void applyFrontMatter(FrontMatterDocument next) {
                frontMatter.applyEdit(next);
            }

            @Override
            public void focusField(String key) {
                frontMatter.focusField(key);
            }

            @Override
            public void webImages(String sentence, String action, Runnable download) {
                preview.setWebImageTexts(sentence, action);
                preview.setOnDownloadWebImages(download);
            }
        };
    }

    void setStatusBar(Node bar) {
        root.setBottom(bar);
    }

    void setToolBar(Node bar) {
        toolBar = bar;
        root.setTop(new VBox(menuBar, bar));
    }

    private Node toolBar;

    @Override
    public Set<String> changedSinceCommit() {
        return postList.changedSinceCommit();
    }

    @Override
    public void addToolBarItems(Node... items) {
        if (toolBar instanceof javafx.scene.control.ToolBar bar) {
            bar.getItems().addAll(items);
        }
    }

    /** Puts {@code panel} under the post list in the left column while {@code shown}. */
    void setSidePanel(Node panel, BooleanProperty shown) {
        SplitPane left = new SplitPane();
        left.setId("leftColumn");
        left.setMinWidth(LayoutMemory.LIST_MIN_WIDTH);
        left.setOrientation(Orientation.VERTICAL);
        columns.getItems().set(0, left);
        columnSplit.apply();
        left.getItems().add(postList);
        Runnable apply = () -> {
            if (shown.get() && !left.getItems().contains(panel)) {
                left.getItems().add(panel);
                left.setDividerPositions(0.6);
            } else if (!shown.get()) {
                left.getItems().remove(panel);
            }
        };
        shown.addListener((obs, was, now) -> apply.run());
        apply.run();
    }

    /**
     * A folded form is one line above the editor, out of the split (no divider to drag); unfolded
     * it goes back above the divider, at the height the author gave it (decision 0034).
     */
    private void applyFolded(boolean folded) {
        if (folded && middle.getItems().contains(frontMatter)) {
            middle.getItems().remove(frontMatter);
            frontMatter.setMinHeight(Region.USE_PREF_SIZE);
            editorArea.getChildren().add(0, frontMatter);
        } else if (!folded && !middle.getItems().contains(frontMatter)) {
            editorArea.getChildren().remove(frontMatter);
            frontMatter.setMinHeight(0);
            middle.getItems().add(0, frontMatter);
            middleSplit.apply();
        }
    }

    private void applyPreviewShown(boolean shown) {
        boolean present = columns.getItems().contains(preview);
        if (shown && !present) {
            columns.getItems().add(preview);
            columnSplit.apply();
        } else if (!shown && present) {
            columnSplit.take();
            columns.getItems().remove(preview);
            columnSplit.apply();
        }
        scheduler.setActive(shown);
    }

    private final class ForwardingActions implements MainMenu.Actions {
        @Override
        public void newPost() {
            actions.newPost();
        }

        @Override
        public void openBlogFolder() {
            actions.openBlogFolder();
        }

        @Override
        public void openSampleHugoSite() {
            actions.openSampleHugoSite();
        }

        @Override
        public void openRecent(Path blog) {
            actions.openRecent(blog);
        }

        @Override
        public void save() {
            actions.save();
        }

        @Override
        public void quit() {
            actions.quit();
        }
    }

    private final class NoActions implements MainMenu.Actions {
        @Override
        public void newPost() {
        }

        @Override
        public void openBlogFolder() {
        }

        @Override
        public void openSampleHugoSite() {
        }

        @Override
        public void openRecent(Path blog) {
        }

        @Override
        public void save() {
        }

        @Override
        public void quit() {
            stage.close();
        }
    }
}
