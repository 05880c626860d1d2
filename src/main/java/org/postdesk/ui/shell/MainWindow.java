package org.postdesk.ui.shell;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.postdesk.ui.editor.FontChoice;
import org.postdesk.ui.editor.MarkdownEditor;
import org.postdesk.ui.preview.PreviewPane;
import org.postdesk.ui.preview.RenderScheduler;

/**
 * The main window: menu bar, then three resizable columns — the post list ({@code #postList}),
 * the front-matter form ({@code #frontMatter}) above the editor ({@code #editor}), and the
 * preview ({@code #preview}), which can be hidden. Size and split positions are remembered.
 */
public final class MainWindow {

    static final String SHOW_PREVIEW = "view.preview";
    static final String SOFT_WRAP = "view.softWrap";
    private static final Duration RENDER_PAUSE = Duration.ofMillis(120);
    private static final Duration RENDER_MAX_DELAY = Duration.ofMillis(700);

    private final Stage stage;
    private final ShellContext context;
    private final LayoutMemory layout;
    private final MarkdownEditor editor;
    private final PreviewPane preview;
    private final RenderScheduler scheduler;
    private final ListView<String> postList = new ListView<>();
    private final VBox frontMatter = new VBox();
    private final SplitPane columns = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final BooleanProperty previewShown = new SimpleBooleanProperty(this, "previewShown", true);
    private double[] dividersWithPreview;
    private Consumer<Path> onOpenBlog = path -> { };
    private Runnable onSave = () -> { };

    public MainWindow(Stage stage, ShellContext context) {
        this.stage = Objects.requireNonNull(stage);
        this.context = Objects.requireNonNull(context);
        this.layout = new LayoutMemory(context.settings());
        ResourceBundle messages = context.messages();

        editor = new MarkdownEditor(context.highlightExecutor());
        preview = new PreviewPane(context.linkOpener());
        scheduler = new RenderScheduler(editor::textSnapshot, context.renderer(), preview::show,
                context.renderExecutor(), RENDER_PAUSE, RENDER_MAX_DELAY);
        editor.onEdit(scheduler::requestRender);

        postList.setId("postList");
        postList.setPlaceholder(new Label(messages.getString("postList.placeholder")));
        frontMatter.setId("frontMatter");
        frontMatter.getStyleClass().add("front-matter-placeholder");
        frontMatter.getChildren().add(new Label(messages.getString("frontMatter.placeholder")));

        middle.setOrientation(Orientation.VERTICAL);
        middle.getItems().addAll(frontMatter, editor.node());
        SplitPane.setResizableWithParent(frontMatter, false);
        middle.setDividerPositions(layout.dividers(LayoutMemory.MIDDLE_SPLIT, LayoutMemory.MIDDLE_DEFAULT));

        columns.setId("columns");
        columns.getItems().addAll(postList, middle, preview);
        SplitPane.setResizableWithParent(postList, false);
        dividersWithPreview = layout.dividers(LayoutMemory.MAIN_SPLIT, LayoutMemory.MAIN_DEFAULT);
        columns.setDividerPositions(dividersWithPreview);

        editor.wrapTextProperty().set(context.settings().getBoolean(SOFT_WRAP, true));
        previewShown.set(context.settings().getBoolean(SHOW_PREVIEW, true));
        applyPreviewShown(previewShown.get());
        previewShown.addListener((obs, was, shown) -> applyPreviewShown(shown));

        BorderPane root = new BorderPane(columns);
        root.setTop(new MainMenu(messages).build(new MenuActions(), previewShown, editor.wrapTextProperty()));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("shell.css").toExternalForm());
        scene.getStylesheets().add(uiFontStylesheet());
        stage.setScene(scene);
        stage.setTitle(messages.getString("app.title"));
        layout.restoreWindow(stage);
        stage.setOnHidden(event -> storeLayout());
    }

    public MarkdownEditor editor() {
        return editor;
    }

    public PreviewPane preview() {
        return preview;
    }

    public RenderScheduler renderScheduler() {
        return scheduler;
    }

    public Stage stage() {
        return stage;
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

    /** Called with the folder the author chose in File > Open Blog Folder. */
    public void setOnOpenBlog(Consumer<Path> onOpenBlog) {
        this.onOpenBlog = Objects.requireNonNull(onOpenBlog);
    }

    /** Called by File > Save. */
    public void setOnSave(Runnable onSave) {
        this.onSave = Objects.requireNonNull(onSave);
    }

    /** Writes size, splits and view toggles to the settings (also done when the window hides). */
    public void storeLayout() {
        layout.storeWindow(stage);
        if (previewShown.get()) {
            dividersWithPreview = columns.getDividerPositions();
        }
        layout.storeDividers(LayoutMemory.MAIN_SPLIT, dividersWithPreview);
        layout.storeDividers(LayoutMemory.MIDDLE_SPLIT, middle);
        context.settings().putBoolean(SHOW_PREVIEW, previewShown.get());
        context.settings().putBoolean(SOFT_WRAP, editor.wrapTextProperty().get());
    }

    /**
     * A one-rule stylesheet that sets the UI font to the first installed Chinese-capable family
     * (JavaFX CSS takes one family, and its default font shows no Chinese on some Linux setups).
     * A stylesheet, not an inline style, so menus and other popups of this scene get it too.
     */
    private static String uiFontStylesheet() {
        String family = FontChoice.firstInstalled(FontChoice.UI_FAMILIES, Font.getFamilies(), "System");
        String css = ".root { -fx-font-family: \"" + family + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private void applyPreviewShown(boolean shown) {
        boolean present = columns.getItems().contains(preview);
        if (shown && !present) {
            columns.getItems().add(preview);
            columns.setDividerPositions(dividersWithPreview);
        } else if (!shown && present) {
            dividersWithPreview = columns.getDividerPositions();
            columns.getItems().remove(preview);
        }
        scheduler.setActive(shown);
    }

    private final class MenuActions implements MainMenu.Actions {
        @Override
        public void openBlogFolder() {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(context.messages().getString("dialog.openBlog.title"));
            File dir = chooser.showDialog(stage);
            if (dir != null) {
                onOpenBlog.accept(dir.toPath());
            }
        }

        @Override
        public void save() {
            onSave.run();
        }

        @Override
        public void quit() {
            stage.close();
        }
    }
}
