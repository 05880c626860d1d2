package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.postdesk.core.frontmatter.FieldKind;
import org.postdesk.core.frontmatter.FieldValue;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.frontmatter.FrontMatterDate;
import org.postdesk.core.io.FileNameText;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;
import org.postdesk.core.site.PostNames;

/** Makes the {@link PostSummary} of one file from its name and its front matter. Stateless. */
final class SummaryReader {
    private final PostNames naming;
    private final String generator;
    private final ZoneId zone;
    private final List<FrontMatterFormat> formats;

    /** {@code generator}: the name sentences give the site's generator ({@code Jekyll}). */
    SummaryReader(PostNames naming, String generator, ZoneId zone) {
        this(naming, generator, zone, PostDocument.JEKYLL_FORMATS);
    }

    /** As above, for a site whose posts may use {@code formats} (Jekyll's own are read from the file's head only). */
    SummaryReader(PostNames naming, String generator, ZoneId zone, List<FrontMatterFormat> formats) {
        this.naming = naming;
        this.generator = generator;
        this.zone = zone;
        this.formats = List.copyOf(formats);
    }

    /** Front matter with the kinds of value posts hold, for {@link #warmUp}. */
    private static final String WARM_UP_TEXT = """
            layout:     post
            title:      "Warm-up 标题"
            subtitle:   'one'
            date:       2024-01-02 19:30:00 +0800
            author:     编辑部
            published:  true
            catalog:    1
            tags:
                - a
                - b
            categories: [x, y]
            """;

    /**
     * Parses a small front matter over and over until {@code stop} says so (at most
     * {@code maxMillis}), so that the YAML code is compiled by the JIT before the first posts are
     * read. Only for a core that would idle otherwise (while the folder is listed); no effect on
     * any result.
     */
    static void warmUp(BooleanSupplier stop, long maxMillis) {
        long end = System.nanoTime() + maxMillis * 1_000_000;
        while (!stop.getAsBoolean() && System.nanoTime() < end) {
            FrontMatterDocument fm = FrontMatterDocument.parse(WARM_UP_TEXT);
            fm.stringList("tags");
            fm.string("title");
        }
    }

    PostSummary read(Path file, String relativePath, long size, long modified) {
        PostName name = naming.classify(relativePath);
        List<PostFlag> flags = new ArrayList<>();
        if (FileNameText.damaged(relativePath)) {
            flags.add(PostFlag.of(PostFlag.Kind.UNREADABLE, FileNameText.unreadableSentence()));
            return fallback(name, size, modified, flags);
        }
        if (!formats.equals(PostDocument.JEKYLL_FORMATS)) {
            return readWhole(file, name, size, modified, flags);
        }
        PostHead head;
        try {
            head = PostHead.read(file);
        } catch (IOException e) {
            flags.add(PostFlag.of(PostFlag.Kind.UNREADABLE, "Postdesk could not read this file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")."));
            name.problem().ifPresent(flags::add);
            return fallback(name, size, modified, flags);
        }
        FrontMatterDocument fm = FrontMatterDocument.parse(head.closed() ? head.frontMatter() : "");
        int firstLine = 2;
        if (!head.utf8()) {
            flags.add(PostFlag.of(PostFlag.Kind.NOT_UTF8, "This file is not UTF-8 text, so " + generator + " skips it;"
                    + " save it as UTF-8 to publish it."));
        }
        if (head.opened() && !head.closed()) {
            flags.add(PostFlag.of(PostFlag.Kind.NO_FRONT_MATTER, head.wholeFile()
                    ? "The front matter opened on line 1 is never closed with a \"---\" line, so "
                            + generator + " shows it as text and the post has no title, date or tags."
                    : "No closing \"---\" line in the first megabyte, so Postdesk reads the post as having"
                            + " no front matter."));
        } else if (!head.opened()) {
            flags.add(PostFlag.of(PostFlag.Kind.NO_FRONT_MATTER, "This file has no front matter (no \"---\""
                    + " first line), so it has no title, date or tags of its own."));
        }
        return summary(fm, firstLine, name, size, modified, flags);
    }

    /**
     * A post of a site with several front-matter forms (Hexo, Hugo): the whole file is split by
     * the site's rules (docs/decisions/0037); posts are small, and the forms cannot be told from
     * a fixed head.
     */
    private PostSummary readWhole(Path file, PostName name, long size, long modified, List<PostFlag> flags) {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            flags.add(PostFlag.of(PostFlag.Kind.UNREADABLE, "Postdesk could not read this file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")."));
            name.problem().ifPresent(flags::add);
            return fallback(name, size, modified, flags);
        }
        PostDocument doc = PostDocument.parse(bytes, formats);
        if (doc.readOnlyReason().isPresent() && doc.readOnlyReason().get().contains("UTF-8")) {
            flags.add(PostFlag.of(PostFlag.Kind.NOT_UTF8, "This file is not UTF-8 text, so " + generator
                    + " cannot read it as the author meant; save it as UTF-8 to publish it."));
        }
        if (!doc.hasFrontMatter()) {
            flags.add(PostFlag.of(PostFlag.Kind.NO_FRONT_MATTER, "This file has no front matter " + generator
                    + " reads, so it has no title, date or tags of its own."));
        }
        FrontMatterDocument fm = doc.hasFrontMatter() ? FrontMatterDocument.of(doc) : FrontMatterDocument.parse("");
        return summary(fm, doc.frontMatterStartLine(), name, size, modified, flags);
    }

    private PostSummary summary(FrontMatterDocument fm, int firstLine, PostName name, long size, long modified,
            List<PostFlag> flags) {
        String relativePath = name.relativePath();
        fm.problem().ifPresent(p -> flags.add(new PostFlag(PostFlag.Kind.BROKEN_FRONT_MATTER,
                "Line " + (p.line() + firstLine - 1) + ": " + p.message()
                        + " " + generator + " stops the build on this post.", p.line() + firstLine - 1)));

        PostSummary.DateSource source = PostSummary.DateSource.MODIFIED;
        LocalDateTime date = null;
        Optional<FieldValue> dateField = fm.get("date");
        if (dateField.isPresent() && dateField.get().kind() == FieldKind.DATE) {
            date = ((FrontMatterDate) dateField.get().value()).dateTime();
            source = PostSummary.DateSource.FRONT_MATTER;
        } else if (dateField.isPresent() && dateField.get().kind() != FieldKind.EMPTY) {
            FieldValue f = dateField.get();
            int line = f.line() + firstLine - 1;
            flags.add(new PostFlag(PostFlag.Kind.BAD_DATE, "Line " + line + ": the date \"" + f.rawText()
                    + "\" is not a date " + generator + " can read, so the build stops with \"Invalid date\".", line));
        }
        if (date == null) {
            name.problem().ifPresent(flags::add);
            if (name.date() != null) {
                date = name.date().atStartOfDay();
                source = PostSummary.DateSource.FILE_NAME;
            }
        } else if (name.flag() != null && name.flag().kind() != PostFlag.Kind.BAD_DATE_IN_NAME) {
            flags.add(name.flag());
        }
        if (date == null) {
            date = mtime(modified);
        }
        String title = fm.string("title").filter(t -> !t.isBlank()).orElseGet(() -> titleize(name.slug()));
        List<String> tags = fm.has("tags") ? clean(fm.stringList("tags")) : clean(fm.stringList("tag"));
        List<String> categories = new ArrayList<>(naming.categoriesInPath(relativePath));
        for (String c : fm.has("categories") ? fm.stringList("categories") : fm.stringList("category")) {
            if (!c.isBlank() && !categories.contains(c)) {
                categories.add(c);
            }
        }
        String layout = fm.string("layout").orElse("");
        List<String> authors = clean(fm.stringList("author"));
        boolean published = fm.get("published")
                .map(f -> !(f.kind() == FieldKind.BOOLEAN && Boolean.FALSE.equals(f.value()))).orElse(true);
        return new PostSummary(relativePath, name.draft(), title, date, source, name.slug(), tags, categories,
                layout, authors, published, size, modified, flags);
    }

    private PostSummary fallback(PostName name, long size, long modified, List<PostFlag> flags) {
        LocalDateTime date = name.date() != null ? name.date().atStartOfDay() : mtime(modified);
        PostSummary.DateSource source = name.date() != null
                ? PostSummary.DateSource.FILE_NAME : PostSummary.DateSource.MODIFIED;
        return new PostSummary(name.relativePath(), name.draft(), titleize(name.slug()), date, source,
                name.slug(), List.of(), naming.categoriesInPath(name.relativePath()), "", List.of(), true, size,
                modified, flags);
    }

    private LocalDateTime mtime(long modified) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(modified), zone);
    }

    private static List<String> clean(List<String> items) {
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Jekyll's {@code titleize_slug}: words between dashes, each capitalized. */
    static String titleize(String slug) {
        return Arrays.stream(slug.split("-"))
                .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }
}
