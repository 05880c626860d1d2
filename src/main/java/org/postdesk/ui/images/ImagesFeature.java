package org.postdesk.ui.images;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CodeArea;
import org.postdesk.app.BlogSession;
import org.postdesk.app.OpenPost;
import org.postdesk.app.Settings;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.images.PostHints;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.WindowParts;

/**
 * The image gestures of decision 0012 in the window: paste (pixels, files, web pages) and drops into the
 * editor, drops on the form's image fields, the Insert menu (Image..., Download Web Images,
 * Image Settings...), a progress strip with Cancel, and the sentences in the notification bar.
 * One {@link ImageImports} per open blog, made once its conventions are learned. FX thread.
 */
public final class ImagesFeature {

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_ANY);

    private final Bench bench;
    private final ResourceBundle text;
    private final CodeArea area;
    private final BundleOffer bundles;
    private final CodeAreaTarget target;
    private final ExecutorService worker;
    private final ImportStatusStrip status;
    private final FieldDrops formDrops;
    private final List<String> pendingSentences = new ArrayList<>();
    private ImageDialogs dialogs;
    private Wiring wiring;
    private Path lastFolder;

    /** The service and the handlers for one blog. */
    private record Wiring(Path root, BlogConventions conventions, ImageImports imports, ImagePasteHandler paste,
                          ImageDropHandler drop) {
        void detach() {
            paste.detach();
            drop.detach();
            imports.cancel();
        }
    }

    /**
     * The form's image fields, wired by the shell (which knows the form): they take drops
     * for the open blog's imports.
     */
    public interface FieldDrops {

        /** The blog's import service (null: no drops accepted). */
        void use(ImageImports imports);

        /** What a drop of {@code file} on the image field {@code key} does; for tests (no Dragboard under Monocle). */
        CompletableFuture<Optional<String>> drop(String key, File file);
    }

    /**
     * @param area       the editor's text area, where pasted and dropped images go
     * @param formDrops  the form's image fields
     */
    public ImagesFeature(Bench bench, CodeArea area, FieldDrops formDrops) {
        this.bench = bench;
        WindowParts window = bench.window();
        this.text = ResourceBundle.getBundle("org.postdesk.ui.images.images", bench.context().messages().getLocale());
        this.dialogs = new FxImageDialogs(window.stage(), text, bench.context().text("app.title"));
        this.area = area;
        this.target = new CodeAreaTarget(area);
        this.worker = bench.context().newWorker("postdesk-images");
        window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> worker.shutdownNow());

        status = new ImportStatusStrip(text);
        window.addUnderNotifications(status);
        this.formDrops = formDrops;
        guardReadOnlyEditor();
        addInsertMenu();
        this.bundles = new BundleOffer(bench, text, () -> dialogs);
    }

    /** Replaces the dialogs (tests answer them from a script). */
    public void useDialogs(ImageDialogs scripted) {
        this.dialogs = Objects.requireNonNull(scripted);
    }

    /** Call when the open blog or what is known about it changed: the gestures follow the new blog. */
    public void sessionChanged() {
        BlogSession session = bench.session();
        BlogConventions conventions = session == null ? null : session.conventions();
        if (wiring != null && session != null && wiring.root().equals(session.root())
                && wiring.conventions() == conventions) {
            return;
        }
        if (wiring != null) {
            wiring.detach();
            wiring = null;
        }
        if (conventions != null) {
            ImageImports imports = ImageImports.forBlog(session.root(), conventions, this::postHints, worker,
                    new Feedback());
            imports.setPostStyle(bundles::postStyle);
            imports.onInserted(outcome -> bundles.inserted(outcome, area.getText()));
            wiring = new Wiring(session.root(), conventions, imports, ImagePasteHandler.attach(area, imports, target),
                    ImageDropHandler.attach(area, imports, target, target, bench.context().messages().getLocale()));
            status.follow(imports.busyProperty(), imports.progressProperty(), imports::cancel);
        } else {
            status.follow(null, null, null);
        }
        formDrops.use(wiring == null ? null : wiring.imports());
    }

    /** Edit > Paste in the editor: the clipboard's images or web page, as Ctrl+V; false when it holds plain text. */
    public boolean pasteRich() {
        return wiring != null && wiring.paste().paste();
    }

    /** The open blog's import service, if the blog is ready for images. */
    public Optional<ImageImports> imports() {
        return Optional.ofNullable(wiring).map(Wiring::imports);
    }

    /** A drop of files on the editor at a scene point (a Dragboard cannot be made in tests). */
    public CompletableFuture<ImageImports.Outcome> dropOnEditor(List<File> files, double sceneX, double sceneY) {
        return ready().map(w -> w.drop().drop(files, sceneX, sceneY)).orElse(CompletableFuture.completedFuture(null));
    }

    /** A drop of one file on the form's image field {@code key}. */
    public CompletableFuture<Optional<String>> dropOnField(String key, File file) {
        return formDrops.drop(key, file);
    }

    /** Insert > Image...: the picked files go in at the caret. */
    public CompletableFuture<ImageImports.Outcome> insertImages() {
        Optional<Wiring> ready = ready();
        if (ready.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<Path> files = dialogs.chooseImages(lastFolder);
        if (files.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        lastFolder = files.get(0).toAbsolutePath().getParent();
        return ready.get().imports().importFiles(files, target, target.caretOffset());
    }

    /** Insert > Download Web Images. */
    public CompletableFuture<WebImageDownload.Result> downloadWebImages() {
        return ready().map(w -> w.imports().downloadWebImages(target)).orElse(CompletableFuture.completedFuture(null));
    }

    /** Insert > Image Settings... (also the Settings dialog's button). */
    public void editSettings() {
        if (wiring != null) {
            dialogs.editSettings(wiring.imports());
        } else {
            tell(text.getString(bench.session() == null ? "noPost" : "learning"));
        }
    }

    /** The wiring when images may go into the open post now; else tells why not. */
    private Optional<Wiring> ready() {
        OpenPost post = bench.openPostNow();
        if (post == null) {
            tell(text.getString("noPost"));
        } else if (!area.isEditable()) {
            tell(text.getString("readOnly"));
        } else if (wiring == null) {
            tell(text.getString("learning"));
        } else {
            return Optional.of(wiring);
        }
        return Optional.empty();
    }

    /** The open post's slug, date and title, which name pasted images (decision record 0032). */
    private PostHints postHints() {
        OpenPost post = bench.openPostNow();
        return post == null ? PostHints.ofSlug("image")
                : PostHints.of(post.path(), post.frontMatter().string("title").orElse(""));
    }

    /** A read-only post (or none) takes no pasted or dropped images: stop those events above the area. */
    private void guardReadOnlyEditor() {
        var node = bench.window().editor().node();
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && !area.isEditable()) {
                e.consume();
            }
        });
        node.addEventFilter(DragEvent.ANY, e -> {
            if (!area.isEditable()) {
                e.consume();
            }
        });
    }

    private void addInsertMenu() {
        MenuItem image = new MenuItem(text.getString("menu.insert.image"));
        image.setId("menuInsertImage");
        image.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+I"));
        image.setOnAction(e -> insertImages());
        MenuItem download = new MenuItem(text.getString("menu.insert.download"));
        download.setId("menuDownloadImages");
        download.setOnAction(e -> downloadWebImages());
        MenuItem settings = new MenuItem(text.getString("menu.insert.settings"));
        settings.setId("menuImageSettings");
        settings.setOnAction(e -> editSettings());
        Menu insert = new Menu(text.getString("menu.insert"), null, image, download, new SeparatorMenuItem(), settings);
        insert.setId("menuInsert");
        MenuBar bar = bench.window().menuBar();
        bar.getMenus().add(Math.min(2, bar.getMenus().size()), insert);
    }

    /**
     * Shows a sentence; sentences told in the same moment (one batch's refusals) are shown
     * together, since the bar holds one text.
     */
    private void tell(String sentence) {
        pendingSentences.add(sentence);
        if (pendingSentences.size() == 1) {
            Platform.runLater(() -> {
                String all = String.join(" ", pendingSentences);
                pendingSentences.clear();
                bench.notify(NotificationBar.Kind.INFO, all);
            });
        }
    }

    private final class Feedback implements ImageImports.Feedback {
        @Override
        public boolean confirmLarge(String question) {
            return dialogs.confirmLarge(question);
        }

        @Override
        public void tell(String sentence) {
            ImagesFeature.this.tell(sentence);
        }
    }
}
