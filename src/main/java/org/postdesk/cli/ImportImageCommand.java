package org.postdesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postdesk.core.blog.BlogSettings;
import org.postdesk.core.blog.BlogSettingsFile;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.images.ImageImporter;
import org.postdesk.core.images.ImageSource;
import org.postdesk.core.images.ImportNote;
import org.postdesk.core.images.ImportRequest;
import org.postdesk.core.images.ImportResult;
import org.postdesk.core.images.ImportSettings;
import org.postdesk.core.images.LinkTemplate;
import org.postdesk.core.images.PostHints;
import org.postdesk.core.io.FolderFiles;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.Generators;

/** {@code import-image POST IMAGE...}: copies images into the post's blog and prints their Markdown lines. */
final class ImportImageCommand implements Command {
    private final Generators generators;

    ImportImageCommand(Generators generators) {
        this.generators = generators;
    }


    @Override
    public String name() {
        return "import-image";
    }

    @Override
    public String help() {
        return """
                import-image POST IMAGE...     copy images into the post's blog, print their Markdown
                  Each image is checked, stripped of its GPS location (unless the blog's .postdesk.yml
                  says keep_gps: true), named readably and written into the blog's image folder; an
                  identical file already there is reused. One Markdown line per image is printed, in the
                  blog's URL style, for you to paste into the post: the post itself is not changed.
                  --allow-large   import files over 50 MB too (otherwise they are refused)
                  Notes about an imported image (an SVG with scripts, GPS removed, downscaled) go to
                  stderr, one line each.
                  Exit 0 when every image was imported, 2 when any was refused (the reasons go to stderr).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        boolean allowLarge = false;
        List<String> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--allow-large")) {
                allowLarge = true;
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option '" + arg + "'");
            } else {
                paths.add(arg);
            }
        }
        if (paths.size() < 2) {
            throw new UsageException("needs a post and at least one image");
        }
        Path post = Path.of(paths.get(0));
        if (!FolderFiles.isRegularFile(post)) {
            throw new UsageException(post + " is not a post file");
        }
        Optional<LoadedBlog> blog = LoadedBlog.enclosing(generators, post);
        if (blog.isEmpty()) {
            err.println("postdesk import-image: " + post + " is not inside a " + generators.all().stream()
                    .map(Generator::displayName).collect(Collectors.joining(" or ")) + " blog (no folder above it"
                    + " looks like one); nothing was written.");
            return Cli.FAILURE;
        }
        Path root = blog.get().folder().root();
        BlogSettingsFile.Loaded loaded = new BlogSettingsFile(root, blog.get().conventions().imageStyle()).load();
        loaded.problem().ifPresent(p -> err.println("postdesk import-image: " + p));
        BlogSettings s = loaded.settings();
        String relative = blog.get().folder().relativize(post);
        ImportSettings settings = ImportSettings.defaults().withKeepGps(s.keepGps()).withMaxWidth(s.maxWidth());
        // a page bundle keeps its images beside it, linked by name (docs/decisions/0040)
        ImageImporter importer = blog.get().folder().site().imageStyleFor(relative)
                .map(own -> new ImageImporter(root, Path.of(own.folder()), LinkTemplate.of(own.template()), settings))
                .orElseGet(() -> new ImageImporter(root, Path.of(s.folderFor(relative)), LinkTemplate.of(s.linkTemplate()),
                        settings));
        String title = blog.get().posts().stream().filter(p -> p.path().equals(relative)).map(PostSummary::title)
                .findFirst().orElse("");
        // the slug, date and title name an image whose own name has nothing readable (decision record 0032)
        PostHints hints = new PostHints(blog.get().folder().naming().classify(relative).slug(),
                PostHints.of(relative, title).date(), title, relative);

        boolean allImported = true;
        for (String image : paths.subList(1, paths.size())) {
            ImportRequest request = ImportRequest.of(ImageSource.file(Path.of(image)), hints);
            ImportResult result = importer.importImage(allowLarge ? request.confirmedLarge() : request);
            if (result instanceof ImportResult.Imported imported) {
                out.println(imported.markdown());
                for (ImportNote note : imported.notes()) {
                    err.println("postdesk import-image: note: " + imported.file().toString().replace('\\', '/')
                            + ": " + note.message());
                }
            } else {
                allImported = false;
                err.println("postdesk import-image: " + sentence(result));
            }
        }
        return allImported ? Cli.OK : Cli.FAILURE;
    }

    private static String sentence(ImportResult result) {
        if (result instanceof ImportResult.Refused r) {
            return r.message();
        }
        if (result instanceof ImportResult.NeedsConfirmation n) {
            return n.message().replace(" Import it anyway?", " Run again with --allow-large to import it.");
        }
        return "\"" + result.sourceName() + "\" was not imported; nothing was written.";
    }
}
