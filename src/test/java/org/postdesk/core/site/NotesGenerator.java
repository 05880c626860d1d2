package org.postdesk.core.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.CheckProblem;
import org.postdesk.core.blog.ImageStyle;
import org.postdesk.core.blog.PostName;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.blog.Slugs;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/**
 * A tiny generator that exists only in the tests, to prove the seam is one: a folder with a
 * {@code .notes} file; notes are {@code entries/SLUG.txt}, ideas (drafts) {@code ideas/SLUG.txt};
 * its template pass replaces {@code @@title@@} with the page title and knows no Liquid; its check
 * names every idea.
 */
public final class NotesGenerator implements Generator {
    private final List<FrontMatterFormat> formats;

    /** Notes with front matter between {@code ---} lines. */
    public NotesGenerator() {
        this(List.of(FrontMatterFormat.YAML_DASHES));
    }

    /** Notes whose front matter may take {@code formats} (the first for new notes). */
    public NotesGenerator(List<FrontMatterFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    @Override
    public String id() {
        return "notes";
    }

    @Override
    public String displayName() {
        return "Notes";
    }

    @Override
    public Recognition recognise(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(".notes"))
                ? new Recognition(Recognition.MARKER, "This folder has a .notes file")
                : Recognition.none("This folder has no .notes file");
    }

    /** Creating {@code entries/} alone does not make a notes folder (the {@code .notes} file does); never first in the tests. */
    @Override
    public String starterFolder() {
        return "entries";
    }

    /** Not Liquid: {@code @@title@@} becomes the note's title. */
    @Override
    public TemplatePass templatePass() {
        return TITLE_PASS;
    }

    /** Plain CommonMark, no kramdown rules. */
    @Override
    public MarkdownFlavour markdownFlavour() {
        return PlainCommonmarkFlavour.INSTANCE;
    }

    private static final TemplatePass TITLE_PASS = (text, context) -> new TemplatePass.Result(
            text.replace("@@title@@", String.valueOf(context.page().get("title"))), List.of());

    @Override
    public Site open(Path dir) throws IOException {
        return new NotesSite(this, dir.toAbsolutePath().normalize(), formats);
    }

    /** The rules of a notes folder. */
    private static final class NotesSite implements Site, PostNames, SiteConfig {
        private static final ContentFolders FOLDERS = new ContentFolders(List.of("entries"), List.of("ideas"), List.of());
        private final Generator generator;
        private final BlogFolder folder;
        private final List<FrontMatterFormat> formats;

        NotesSite(Generator generator, Path root, List<FrontMatterFormat> formats) throws IOException {
            this.generator = generator;
            this.formats = formats;
            this.folder = BlogFolder.of(this, root, this, this, List.of());
        }

        @Override
        public Generator generator() {
            return generator;
        }

        @Override
        public BlogFolder folder() {
            return folder;
        }

        @Override
        public ContentFolders folders() {
            return FOLDERS;
        }

        @Override
        public List<FrontMatterFormat> frontMatterFormats() {
            return formats;
        }

        @Override
        public PostCreator newPosts(BlogConventions conventions) {
            return new PostCreator() {
                @Override
                public String path(Request request) {
                    return newPostPath(request.date(), slugify(request.title()), "txt", request.draft());
                }

                @Override
                public Path create(Request request, java.time.ZonedDateTime now) throws PostIoException {
                    Path file = folder.resolve(path(request));
                    try {
                        folder.writes().create(file, ("---\ntitle: " + request.title() + "\n---\n")
                                .getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new PostIoException("Could not create " + folder.relativize(file) + ".", e);
                    }
                    return file;
                }
            };
        }

        @Override
        public ImageStyle defaultImageStyle() {
            return new ImageStyle("pictures", "/pictures/{name}", 0, false);
        }

        @Override
        public TemplatePass templatePass() {
            return generator.templatePass();
        }

        @Override
        public MarkdownFlavour markdownFlavour() {
            return generator.markdownFlavour();
        }

        @Override
        public SiteLinks links(List<PostSummary> posts) {
            return SiteLinks.NONE;
        }

        @Override
        public List<CheckProblem> check(List<PostSummary> posts) {
            List<CheckProblem> problems = new ArrayList<>();
            for (PostSummary p : posts) {
                if (p.draft()) {
                    problems.add(new CheckProblem(p.path(), 1, false, "This is an idea; Notes does not publish ideas."));
                }
            }
            return problems;
        }

        // PostNames

        @Override
        public PostName classify(String relativePath) {
            boolean draft = relativePath.startsWith("ideas/");
            String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 ? name.substring(dot + 1) : "";
            return new PostName(relativePath, draft, null, null, dot > 0 ? name.substring(0, dot) : name, ext,
                    ext.equals("txt"), null);
        }

        @Override
        public boolean isCandidate(String fileName) {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
        }

        @Override
        public boolean inContentFolder(String relativePath) {
            return relativePath.startsWith("entries/") || relativePath.startsWith("ideas/");
        }

        @Override
        public boolean isContentFolder(String folderName) {
            return folderName.equals("entries") || folderName.equals("ideas");
        }

        @Override
        public List<String> markdownExtensions() {
            return List.of("txt");
        }

        @Override
        public String slugify(String title) {
            return Slugs.slugify(title);
        }

        @Override
        public String postFileName(LocalDate date, String slug, String extension) {
            return slug + "." + extension;
        }

        @Override
        public String newPostPath(LocalDate date, String slug, String extension, boolean draft) {
            return (draft ? "ideas/" : "entries/") + slug + "." + extension;
        }

        @Override
        public String publishedPath(String draftPath, LocalDate date) {
            return "entries/" + draftPath.substring("ideas/".length());
        }

        @Override
        public String unpublishedPath(String postPath) {
            return "ideas/" + postPath.substring("entries/".length());
        }

        @Override
        public String pathInContentFolder(String relativePath) {
            return relativePath.substring(relativePath.indexOf('/') + 1);
        }

        @Override
        public List<String> categoriesInPath(String relativePath) {
            return List.of();
        }

        // SiteConfig: a notes folder has no config file

        @Override
        public Map<String, Object> all() {
            return Map.of();
        }

        @Override
        public String baseurl() {
            return "";
        }

        @Override
        public String url() {
            return "";
        }

        @Override
        public List<String> exclude() {
            return List.of();
        }

        @Override
        public Optional<String> problem() {
            return Optional.empty();
        }
    }
}
