package org.postdesk.core.images;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.postdesk.core.images.ImageSource.FromBytes;
import org.postdesk.core.images.ImageSource.FromFile;
import org.postdesk.core.images.ImportResult.Imported;
import org.postdesk.core.images.ImportResult.NeedsConfirmation;
import org.postdesk.core.images.ImportResult.Refused;
import org.postdesk.core.io.FolderFiles;
import org.postdesk.core.io.PostFiles;

/**
 * Imports images into a blog's image folder: checks the bytes are an image, removes a
 * photo's GPS location, names the file readably, reuses an identical file instead of writing
 * a copy, never overwrites, and returns the Markdown that links to it. Immutable and
 * stateless, so one instance may serve several threads.
 */
public final class ImageImporter {
    private static final long MAX_IN_MEMORY = Integer.MAX_VALUE - 64;
    private static final int WRITE_ATTEMPTS = 5;

    private final ImageFolder folder;
    private final LinkTemplate links;
    private final ImportSettings settings;
    private final ImageSniffer sniffer;

    /**
     * @param blogRoot    the blog's folder
     * @param imageFolder the image folder, inside the blog (relative to it, or absolute)
     * @param links       how posts link to a file in that folder
     */
    public ImageImporter(Path blogRoot, Path imageFolder, LinkTemplate links, ImportSettings settings) {
        this.folder = new ImageFolder(blogRoot, imageFolder);
        this.links = Objects.requireNonNull(links);
        this.settings = Objects.requireNonNull(settings);
        this.sniffer = new ImageSniffer(settings.maxPixels());
    }

    /** Imports one image. Never throws for bad input or I/O trouble: those come back as {@link Refused}. */
    public ImportResult importImage(ImportRequest request) {
        String name = request.source().displayName();
        try {
            if (request.source() instanceof FromBytes b && !b.pasted()) {
                Optional<String> unsafe = FileNames.unsafe(b.suggestedName());
                if (unsafe.isPresent()) {
                    return refused(name, "The image was not imported: " + unsafe.get() + ".");
                }
            }
            byte[] content;
            ImageInfo info;
            if (request.source() instanceof FromFile f) {
                long size;
                try {
                    size = FolderFiles.size(f.file());
                    if (size > settings.largeFileBytes()) {
                        info = sniffer.inspect(ImageBytes.of(f.file(), size), name);
                        if (!request.allowLarge()) {
                            return needsConfirmation(name, size);
                        }
                        if (size > MAX_IN_MEMORY) {
                            return refused(name, ImageSniffer.quote(name) + " is " + megabytes(size)
                                    + ", too large for Postdesk to import.");
                        }
                    }
                    content = FolderFiles.readAll(f.file());
                } catch (IOException e) {
                    return refused(name, "Could not read " + ImageSniffer.quote(name) + ": " + PostFiles.reason(e) + ".");
                }
            } else {
                content = ((FromBytes) request.source()).bytes();
            }
            info = sniffer.inspect(ImageBytes.of(content), name);
            if (content.length > settings.largeFileBytes() && !request.allowLarge()) {
                return needsConfirmation(name, content.length);
            }
            return store(request, content, info);
        } catch (RefusalException e) {
            return refused(name, e.getMessage());
        } catch (IOException e) {
            return refused(name, "Could not import " + ImageSniffer.quote(name) + ": " + PostFiles.reason(e) + ".");
        }
    }

    /** Imports {@code requests} in order on the calling thread; after a cancel the rest are {@link ImportResult.Cancelled}. */
    public List<ImportResult> importAll(List<ImportRequest> requests, ImportProgress progress, BooleanSupplier cancelled) {
        List<ImportResult> results = new ArrayList<>(requests.size());
        for (ImportRequest request : requests) {
            ImportResult result = cancelled.getAsBoolean()
                    ? new ImportResult.Cancelled(request.source().displayName())
                    : importImage(request);
            results.add(result);
            progress.imported(results.size(), requests.size(), result);
        }
        return List.copyOf(results);
    }

    /** {@link #importAll(List, ImportProgress, BooleanSupplier)} on {@code executor} (the UI passes a background one). */
    public CompletableFuture<List<ImportResult>> importAll(List<ImportRequest> requests, Executor executor,
            ImportProgress progress, BooleanSupplier cancelled) {
        List<ImportRequest> batch = List.copyOf(requests);
        return CompletableFuture.supplyAsync(() -> importAll(batch, progress, cancelled), executor);
    }

    private ImportResult store(ImportRequest request, byte[] original, ImageInfo info) throws IOException {
        String name = request.source().displayName();
        boolean pasted = request.source() instanceof FromBytes b && b.pasted();
        List<ImportNote> notes = new ArrayList<>();
        Transformed t = ImageTransforms.apply(original, info, settings, notes);
        String ext = pasted ? t.info().format().defaultExtension() : FileNames.extensionFor(name, t.info().format());
        String alt = pasted ? request.alt() : FileNames.stem(name);
        for (int attempt = 1; ; attempt++) {
            List<FolderFiles.Entry> entries;
            try {
                entries = folder.entries();
            } catch (IOException e) {
                return refused(name, "Could not import " + ImageSniffer.quote(name) + " into " + folder.display()
                        + ": " + PostFiles.reason(e) + ".");
            }
            List<String> taken = entries.stream().map(FolderFiles.Entry::name).toList();
            // names follow the folder's habit: Chinese kept where the blog keeps it (0032)
            boolean keepsChinese = FileNames.keepsChinese(taken);
            String base = pasted ? "" : ownBase(name, keepsChinese);
            String postBase = FileNames.readableBase(request.post(), keepsChinese);
            String planned = base.isEmpty() ? FileNames.nextNumbered(postBase, ext, taken) : FileNames.free(base, ext, taken);
            Optional<String> same = folder.identical(entries, t.bytes(), base + "." + ext);
            if (same.isPresent()) {
                return imported(name, same.get(), true, alt, t.info(), notes);
            }
            try {
                folder.create(planned, t.bytes());
                return imported(name, planned, false, alt, t.info(), notes);
            } catch (FileAlreadyExistsException e) {
                if (attempt == WRITE_ATTEMPTS) {
                    return refused(name, "Could not find a free name for " + ImageSniffer.quote(name)
                            + " while other files kept appearing in " + folder.display() + ".");
                }
            } catch (IOException e) {
                return refused(name, "Could not write " + ImageSniffer.quote(planned) + " into " + folder.display()
                        + ": " + PostFiles.reason(e) + ".");
            }
        }
    }

    /** A file's own name as a base: its slug, or its own letters in a blog that keeps Chinese names. */
    private static String ownBase(String name, boolean keepsChinese) {
        String ascii = FileNames.slug(FileNames.stem(name));
        if (!keepsChinese || FileNames.hasWord(ascii) && ascii.length() * 2 >= FileNames.stem(name).length()) {
            return ascii;
        }
        return FileNames.unicodeSlug(FileNames.stem(name));
    }

    private Imported imported(String source, String fileName, boolean reused, String alt, ImageInfo info,
            List<ImportNote> notes) {
        String markdown = links.tag() ? MarkdownSnippet.tag(alt, links.urlFor(fileName))
                : MarkdownSnippet.image(alt, links.urlFor(fileName));
        return new Imported(source, folder.relative(fileName), reused, markdown, info, notes);
    }

    private Refused refused(String name, String whatHappened) {
        return new Refused(name, whatHappened + " Nothing was written to " + folder.display() + ".");
    }

    private NeedsConfirmation needsConfirmation(String name, long size) {
        return new NeedsConfirmation(name, size, ImageSniffer.quote(name) + " is " + megabytes(size) + ", more than the "
                + megabytes(settings.largeFileBytes()) + " Postdesk imports without asking; large images make the post"
                + " slow to load. Nothing was written yet. Import it anyway?");
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
