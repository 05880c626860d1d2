package org.postdesk.ui.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogSettings;
import org.postdesk.core.blog.BlogSettingsFile;
import org.postdesk.core.blog.ImageStyle;
import org.postdesk.core.images.ImageImporter;
import org.postdesk.core.images.ImageSource;
import org.postdesk.core.images.ImportNote;
import org.postdesk.core.images.ImportRequest;
import org.postdesk.core.images.ImportResult;
import org.postdesk.core.images.ImportResult.Imported;
import org.postdesk.core.images.ImportSettings;
import org.postdesk.core.images.LinkTemplate;
import org.postdesk.core.images.PngEncoder;
import org.postdesk.core.images.PostHints;

/**
 * The window's image import service: runs the core importer off the FX thread, asks before
 * importing a file over the size limit, inserts the Markdown lines at the gesture's offset as
 * one undo step, and tells the author what was refused and, once per blog, that GPS locations
 * are removed. One per open blog; all public methods are for the FX thread.
 */
public final class ImageImports {

    /** How the window talks to the author; both called on the FX thread. */
    public interface Feedback {
        /** Asks whether to import a file over the size limit ({@code question} is a full sentence). */
        boolean confirmLarge(String question);

        /** Shows one sentence, e.g. in the notification bar. */
        void tell(String sentence);
    }

    /**
     * What one gesture did.
     *
     * @param inserted the text that went into the post (empty when nothing did)
     * @param messages the sentences told to the author, in order
     */
    public record Outcome(String inserted, List<ImportResult> results, List<String> messages) {
        public Outcome {
            results = List.copyOf(results);
            messages = List.copyOf(messages);
        }
    }

    private final Path blogRoot;
    private final BlogSettingsFile settingsFile;
    private final ImageStyle headerStyle;
    private final Supplier<PostHints> post;
    private final Executor background;
    private final Executor fx;
    private final Feedback feedback;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final List<AtomicBoolean> running = new ArrayList<>();
    private volatile Supplier<Optional<ImageStyle>> postStyle = Optional::empty;
    private Consumer<Outcome> inserted = outcome -> { };

    /**
     * @param settingsFile the blog's {@code .postdesk.yml} with its learned body-image style
     * @param headerStyle  how front-matter image fields are written ({@link BlogConventions#headerImageStyle()})
     * @param post         the open post's slug, date and title (name pasted images, 0032), read at each gesture
     * @param background   runs the imports; never the FX thread
     * @param fx           runs results on the FX thread ({@code Platform::runLater})
     */
    public ImageImports(Path blogRoot, BlogSettingsFile settingsFile, ImageStyle headerStyle, Supplier<PostHints> post,
            Executor background, Executor fx, Feedback feedback) {
        this.blogRoot = Objects.requireNonNull(blogRoot);
        this.settingsFile = Objects.requireNonNull(settingsFile);
        this.headerStyle = Objects.requireNonNull(headerStyle);
        this.post = Objects.requireNonNull(post);
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
        this.feedback = Objects.requireNonNull(feedback);
    }

    /** The usual wiring: settings from the blog's conventions, results through {@link Platform#runLater}. */
    public static ImageImports forBlog(Path blogRoot, BlogConventions conventions, Supplier<PostHints> post,
            Executor background, Feedback feedback) {
        return new ImageImports(blogRoot, new BlogSettingsFile(blogRoot, conventions.imageStyle()),
                conventions.headerImageStyle(), post, background, Platform::runLater, feedback);
    }

    /**
     * Where the open post's own images go when the site keeps them with it (a page bundle), read
     * at each gesture; empty: the blog's image folder (docs/decisions/0040).
     */
    public void setPostStyle(Supplier<Optional<ImageStyle>> style) {
        this.postStyle = Objects.requireNonNull(style);
    }

    /** Told on the FX thread after a gesture inserted images into the post. */
    public void onInserted(Consumer<Outcome> listener) {
        this.inserted = Objects.requireNonNull(listener);
    }

    public BlogSettingsFile settingsFile() {
        return settingsFile;
    }

    public Path blogRoot() {
        return blogRoot;
    }

    /** 0..1 while a batch runs (bind a progress bar to it). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while images are being imported or downloaded. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Stops the running batches after the image at hand; what was imported is still inserted. */
    public void cancel() {
        running.forEach(flag -> flag.set(true));
    }

    /** Imports files (a drop, pasted files) and inserts their Markdown lines at {@code offset}. */
    public CompletableFuture<Outcome> importFiles(List<Path> files, ImageInsertTarget target, int offset) {
        return run(files.stream().map(ImageSource::file).toList(), target, offset);
    }

    /** Imports pasted pixels: read here on the FX thread, encoded as PNG in the background. */
    public CompletableFuture<Outcome> importPixels(Image image, ImageInsertTarget target, int offset) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        if (image.getPixelReader() == null || w <= 0 || h <= 0) {
            String sentence = "The clipboard's image could not be read; nothing was written.";
            feedback.tell(sentence);
            return CompletableFuture.completedFuture(new Outcome("", List.of(), List.of(sentence)));
        }
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return run(() -> List.of(ImageSource.pasted(PngEncoder.encode(w, h, argb))), target, offset);
    }

    /**
     * Imports one file for a front-matter image field, into the folder and style the blog's
     * header images use; the value (e.g. {@code img/post-bg.jpg}) when imported.
     */
    public CompletableFuture<Optional<String>> importForField(Path file) {
        ImportRequest request = ImportRequest.of(ImageSource.file(file), post.get());
        return CompletableFuture.supplyAsync(() -> {
            BlogSettings s = settingsFile.load().settings();
            ImageImporter importer = new ImageImporter(blogRoot, Path.of(headerStyle.folder()),
                    LinkTemplate.of(headerStyle.template()), importSettings(s));
            return importer.importImage(request);
        }, background).thenApplyAsync(result -> {
            if (result instanceof Imported imported) {
                return Optional.of(headerStyle.linkFor(imported.file().getFileName().toString()));
            }
            feedback.tell(sentence(result));
            return Optional.<String>empty();
        }, fx);
    }

    /** Downloads the text's web images into the blog and rewrites their links (see {@link WebImageDownload}). */
    public CompletableFuture<WebImageDownload.Result> downloadWebImages(ImageInsertTarget target) {
        return new WebImageDownload(this).start(target);
    }

    // ---- the batch ----

    private CompletableFuture<Outcome> run(List<ImageSource> sources, ImageInsertTarget target, int offset) {
        return run(() -> sources, target, offset);
    }

    private CompletableFuture<Outcome> run(Supplier<List<ImageSource>> sources, ImageInsertTarget target, int offset) {
        PostHints hints = post.get();
        Optional<ImageStyle> own = postStyle.get(); // read here, on the FX thread, with the post
        String alt = hints.pastedAlt(target.text(), offset);
        AtomicBoolean cancelled = begin();
        CompletableFuture<Outcome> done = CompletableFuture.supplyAsync(() -> {
            BlogSettingsFile.Loaded loaded = settingsFile.load();
            ImageImporter importer = importer(loaded.settings(), own);
            List<ImportRequest> requests = sources.get().stream()
                    .map(s -> ImportRequest.of(s, hints).withAlt(alt)).toList();
            List<ImportResult> results = importer.importAll(requests,
                    (n, total, latest) -> fx.execute(() -> progress.set((double) n / total)), cancelled::get);
            return new Batch(loaded, importer, requests, new ArrayList<>(results));
        }, background)
                .thenComposeAsync(this::askAboutLargeFiles, fx)
                .thenApplyAsync(batch -> finish(batch, target, offset), fx);
        return done.whenCompleteAsync((outcome, failure) -> {
            end(cancelled);
            if (failure != null) {
                feedback.tell("Importing the images failed (" + rootCause(failure) + "); nothing was inserted.");
            }
        }, fx);
    }

    AtomicBoolean begin() {
        AtomicBoolean flag = new AtomicBoolean();
        running.add(flag);
        busy.set(true);
        progress.set(0);
        return flag;
    }

    void end(AtomicBoolean flag) {
        running.remove(flag);
        busy.set(!running.isEmpty());
    }

    void setProgress(double value) {
        progress.set(value);
    }

    Executor background() {
        return background;
    }

    Executor fx() {
        return fx;
    }

    Feedback feedback() {
        return feedback;
    }

    String postSlug() {
        return post.get().slug();
    }

    /** The importer into the blog's image folder (web images are downloaded there, linked by its template). */
    ImageImporter importer(BlogSettings s) {
        return importer(s, Optional.empty());
    }

    private ImageImporter importer(BlogSettings s, Optional<ImageStyle> own) {
        if (own.isPresent()) {
            return new ImageImporter(blogRoot, Path.of(own.get().folder()), LinkTemplate.of(own.get().template()),
                    importSettings(s));
        }
        return new ImageImporter(blogRoot, Path.of(s.folderFor(post.get().path())), LinkTemplate.of(s.linkTemplate()),
                importSettings(s));
    }

    private static ImportSettings importSettings(BlogSettings s) {
        return ImportSettings.defaults().withKeepGps(s.keepGps()).withMaxWidth(s.maxWidth());
    }

    private record Batch(BlogSettingsFile.Loaded loaded, ImageImporter importer, List<ImportRequest> requests,
            List<ImportResult> results) {
    }

    private CompletableFuture<Batch> askAboutLargeFiles(Batch batch) {
        List<Integer> confirmed = new ArrayList<>();
        for (int i = 0; i < batch.results().size(); i++) {
            if (batch.results().get(i) instanceof ImportResult.NeedsConfirmation n && feedback.confirmLarge(n.message())) {
                confirmed.add(i);
            }
        }
        if (confirmed.isEmpty()) {
            return CompletableFuture.completedFuture(batch);
        }
        return CompletableFuture.supplyAsync(() -> {
            for (int i : confirmed) {
                batch.results().set(i, batch.importer().importImage(batch.requests().get(i).confirmedLarge()));
            }
            return batch;
        }, background);
    }

    private Outcome finish(Batch batch, ImageInsertTarget target, int offset) {
        List<String> messages = new ArrayList<>();
        batch.loaded().problem().ifPresent(messages::add);
        List<String> lines = new ArrayList<>();
        int gps = 0;
        int cancelledCount = 0;
        for (ImportResult r : batch.results()) {
            if (r instanceof Imported imported) {
                lines.add(imported.markdown());
                if (imported.has(ImportNote.Kind.GPS_REMOVED)) {
                    gps++;
                }
                imported.notes().stream().filter(n -> n.kind() == ImportNote.Kind.SVG_ACTIVE_CONTENT)
                        .forEach(n -> messages.add(n.message()));
            } else if (r instanceof ImportResult.Cancelled) {
                cancelledCount++;
            } else {
                messages.add(sentence(r));
            }
        }
        if (cancelledCount > 0) {
            messages.add("Import stopped: " + cancelledCount + " image" + (cancelledCount == 1 ? " was" : "s were")
                    + " not imported and nothing was written for " + (cancelledCount == 1 ? "it." : "them."));
        }
        String inserted = "";
        if (!lines.isEmpty()) {
            String text = target.text();
            int at = Math.max(0, Math.min(offset, text.length()));
            inserted = ImagePlacement.placed(text, at, lines);
            target.insertAt(at, inserted);
        }
        BlogSettings settings = batch.loaded().settings();
        if (gps > 0 && !settings.gpsNoticeShown() && batch.loaded().problem().isEmpty()) {
            messages.add("GPS location removed from " + gps + " photo" + (gps == 1 ? "" : "s")
                    + " — change this in Image Settings.");
            CompletableFuture.runAsync(() -> {
                try {
                    settingsFile.save(settingsFile.load().settings().withGpsNoticeShown(true));
                } catch (IOException e) {
                    fx.execute(() -> feedback.tell("Could not remember that the GPS notice was shown: "
                            + e.getMessage()));
                }
            }, background);
        }
        messages.forEach(feedback::tell);
        Outcome outcome = new Outcome(inserted, batch.results(), messages);
        if (!inserted.isEmpty()) {
            this.inserted.accept(outcome);
        }
        return outcome;
    }

    static String sentence(ImportResult r) {
        if (r instanceof ImportResult.Refused refused) {
            return refused.message();
        }
        if (r instanceof ImportResult.NeedsConfirmation n) {
            return "\"" + n.sourceName() + "\" was not imported because it is over the size limit; nothing was written.";
        }
        return "\"" + r.sourceName() + "\" was not imported; nothing was written.";
    }

    static String rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
