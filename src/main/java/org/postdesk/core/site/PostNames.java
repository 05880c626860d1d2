package org.postdesk.core.site;

import java.time.LocalDate;
import java.util.List;
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
}
