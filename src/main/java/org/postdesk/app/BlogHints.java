package org.postdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.blog.PreviewContext;
import org.postdesk.core.frontmatter.FieldKind;
import org.postdesk.core.frontmatter.FieldValue;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.io.FolderFiles;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.render.SiteTarget;
import org.postdesk.core.render.SiteUrlResolver;

/** Builds the form's {@link FieldHints} from what the blog says about itself. Off the FX thread. */
public final class BlogHints {

    private static final Pattern SITE_VARIABLE = Pattern.compile("\\{\\{\\s*site\\.(baseurl|url)\\s*}}");
    private static final Pattern IMAGE_NAME = Pattern.compile("(?i).+\\.(png|jpe?g|gif|webp|svg|bmp)");
    private static final int MAX_IMAGES = 3000;
    private static final int KIND_SAMPLE = 20;

    private BlogHints() {
    }

    /** What is known before the conventions are learned: layouts and image URLs. */
    public static FieldHints basic(BlogFolder blog, PreviewContext preview) {
        return new FieldHints(blog.layouts(), List.of(), Map.of(), Map.of(), withSiteKeys(blog, Map.of()), List.of(),
                imageUrl(blog, preview), blog.site().categoriesAreChains());
    }

    /** Everything: suggestions, the usual keys with their kinds, the blog's images. */
    public static FieldHints learned(BlogFolder blog, PreviewContext preview, BlogConventions conventions,
                              List<PostSummary> posts) {
        return new FieldHints(conventions.layouts(), new ArrayList<>(conventions.authors().keySet()),
                conventions.tags(), conventions.categories(), withSiteKeys(blog, usualKinds(blog, conventions, posts)),
                imageFiles(blog, conventions), imageUrl(blog, preview), blog.site().categoriesAreChains());
    }

    /**
     * A front-matter image value ({@code img/a.jpg}, {@code /img/a.jpg},
     * {@code {{ site.baseurl }}/img/a.jpg}) as a {@code file:} URL in the blog folder, when the file exists.
     */
    public static Function<String, Optional<String>> imageUrl(BlogFolder blog, PreviewContext preview) {
        SiteUrlResolver resolver = new SiteUrlResolver(blog.config().all(), preview.files(), blog.root());
        return value -> {
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            String written = SITE_VARIABLE.matcher(value.strip()).replaceAll("");
            SiteTarget target = resolver.resolve(written);
            if (target.kind() == SiteTarget.Kind.EXTERNAL && written.matches("(?i)https?://.*")) {
                return Optional.of(written);
            }
            boolean exists = target.kind() == SiteTarget.Kind.FILE || target.kind() == SiteTarget.Kind.WRONG_CASE;
            return exists ? Optional.ofNullable(target.fileUrl()) : Optional.empty();
        };
    }

    /** The usual keys in order, each with the kind the newest posts give it. */
    /**
     * The keys the blog's posts use, then the keys its generator defines that they do not (Hugo's
     * {@code draft}, {@code weight}, {@code lastmod}, {@code params}, the config's taxonomies),
     * so that a new or empty field gets the right control (docs/decisions/0040).
     */
    private static Map<String, FieldKind> withSiteKeys(BlogFolder blog, Map<String, FieldKind> learned) {
        Map<String, FieldKind> all = new java.util.LinkedHashMap<>(learned);
        blog.site().frontMatterKeys().forEach(all::putIfAbsent);
        return all;
    }

    private static Map<String, FieldKind> usualKinds(BlogFolder blog, BlogConventions conventions,
                                                     List<PostSummary> posts) {
        Map<String, FieldKind> seen = new LinkedHashMap<>();
        for (PostSummary post : posts.stream().limit(KIND_SAMPLE).toList()) {
            try {
                FrontMatterDocument doc = FrontMatterDocument.of(
                        PostFiles.read(blog.resolve(post.path()), blog.site().frontMatterFormats()), conventions.keyOrder());
                for (FieldValue field : doc.fields()) {
                    if (field.kind() != FieldKind.EMPTY) {
                        seen.putIfAbsent(field.key(), field.kind());
                    }
                }
            } catch (PostIoException | RuntimeException unreadable) {
                // a post that cannot be read teaches nothing; the others still do
            }
        }
        Map<String, FieldKind> usual = new LinkedHashMap<>();
        for (String key : conventions.usualKeys()) {
            usual.put(key, seen.getOrDefault(key, guessKind(key)));
        }
        return usual;
    }

    private static FieldKind guessKind(String key) {
        return switch (key) {
            case "date" -> FieldKind.DATE;
            case "tags", "categories" -> FieldKind.LIST;
            default -> FieldKind.STRING;
        };
    }

    /** Image files under the folders the blog links images from, relative to the root. */
    private static List<String> imageFiles(BlogFolder blog, BlogConventions conventions) {
        Set<String> folders = new LinkedHashSet<>(conventions.imageFolders().keySet());
        folders.add(conventions.headerImageStyle().folder());
        folders.add(conventions.imageStyle().folder());
        List<String> found = new ArrayList<>();
        for (String folder : folders) {
            Path dir = blog.resolve(folder);
            if (folder.isBlank() || !dir.startsWith(blog.root()) || dir.equals(blog.root())
                    || !FolderFiles.isDirectory(dir)) {
                continue;
            }
            try {
                FolderFiles.walk(dir, 3, f -> IMAGE_NAME.matcher(f.getFileName().toString()).matches(),
                        MAX_IMAGES - (long) found.size()).forEach(f -> found.add(blog.relativize(f)));
            } catch (IOException | RuntimeException unreadable) {
                // the picker shows what could be listed
            }
        }
        return found.stream().distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

}
