package org.postdesk.core.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.postdesk.core.blog.PostName;

/**
 * Which files of a site are posts and what their names mean: where they live, which names
 * count, the date and slug a name holds, why one is ignored (a sentence naming the generator),
 * and how a new post is named (docs/decisions/0029).
 */
public interface PostNames {

    /** What the file at this path (relative to the root, {@code /} separators) means as a post or draft. */
    PostName classify(String relativePath);

    /** True when a file of this name may be a post (its extension is one the site reads). */
    boolean isCandidate(String fileName);

    /** True when the path (a file, or a folder ending in {@code /}) lies where posts or drafts live. */
    boolean inContentFolder(String relativePath);

    /** True when a folder of this name holds posts or drafts wherever it is ({@code _posts}). */
    boolean isContentFolder(String folderName);

    /** The extensions (lower case, no dot) of the files the site converts from Markdown. */
    List<String> markdownExtensions();

    /** A title as the slug the site would make of it; empty when nothing is left. */
    String slugify(String title);

    /** The file name of a post of this date and slug ({@code 2024-01-02-slug.md}). */
    String postFileName(LocalDate date, String slug, String extension);

    /**
     * The path, relative to the root, of a new post of this date and slug (in the posts folder,
     * named as a post) or of a new draft ({@code date} may then be null).
     */
    String newPostPath(LocalDate date, String slug, String extension, boolean draft);

    /**
     * Where the draft at {@code draftPath} goes when it is published on {@code date}: its
     * sub-folders kept, in the matching posts folder, named as a post. Only for a path that
     * {@link #classify} reads as a draft.
     */
    String publishedPath(String draftPath, LocalDate date);

    /** Where the post at {@code postPath} goes when it becomes a draft again. Only for a post. */
    String unpublishedPath(String postPath);

    /** The path inside its posts or drafts folder ({@code sub/x.md}); the whole path outside one. */
    String pathInContentFolder(String relativePath);

    /** The categories the folders of the path give the post; empty when the site has no such rule. */
    List<String> categoriesInPath(String relativePath);

    /**
     * The folder, relative to the root and ending in {@code /}, that belongs to the post at this
     * path and moves with it when it is published (Hexo's asset folder); empty when the site has
     * none (docs/decisions/0038).
     */
    default Optional<String> companionFolder(String relativePath) {
        return Optional.empty();
    }

    /**
     * True when a draft is a front-matter flag ({@code draft: true}, Hugo) rather than a folder:
     * the index reads the flag, and publishing edits the flag in place (docs/decisions/0040).
     */
    default boolean draftsInFrontMatter() {
        return false;
    }

    /** True when the generator leaves out pages dated in the future or past their expiry date (Hugo). */
    default boolean hidesFuturePosts() {
        return false;
    }

    /**
     * True when the file's name is part of the site's structure and must not follow the title
     * (a page bundle's {@code index.md}): no rename is offered for it.
     */
    default boolean keepsFileName(String relativePath) {
        return false;
    }
}
