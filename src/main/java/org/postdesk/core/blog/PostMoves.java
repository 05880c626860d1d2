package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.postdesk.core.frontmatter.FieldKind;
import org.postdesk.core.frontmatter.FieldValue;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.frontmatter.FrontMatterDate;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.io.Trash;
import org.postdesk.core.post.PostDocument;

/**
 * Publishing, unpublishing, renaming and deleting posts. Every move is one atomic rename that
 * never replaces a file; references to the moved post in other posts and drafts are then
 * rewritten, each file through {@link PostDocument} and an atomic save, changing only the
 * references. Runs on the calling thread (a background one: a rename reads every post).
 *
 * <p>The window saves the post before a move, and afterwards re-points its editor, its journal
 * entry and the index ({@link PostIndex#rescan}) at {@link MoveReport#to()}.
 */
public final class PostMoves {
    private final BlogFolder blog;

    public PostMoves(BlogFolder blog) {
        this.blog = blog;
    }

    /**
     * A draft to where the site keeps posts, named as a post of {@code date}
     * ({@link org.postdesk.core.site.PostNames#publishedPath}). A front-matter {@code date} on
     * another day is moved to {@code date}, in its own format and keeping its time, because the
     * generator would date the post by it; a draft without one keeps none.
     */
    public MoveReport publish(Path draft, LocalDate date) throws PostIoException {
        String rel = blog.relativize(draft);
        PostName name = blog.naming().classify(rel);
        if (!name.draft()) {
            throw new PostIoException(rel + " is not a draft (it is not in a "
                    + String.join(" or ", blog.site().folders().drafts()) + " folder); nothing was moved.", null);
        }
        String target = blog.naming().publishedPath(rel, date);
        MoveReport moved = move(draft, target, "Published");
        List<String> problems = new ArrayList<>(moved.problems());
        try {
            redate(moved.to(), date);
        } catch (PostIoException e) {
            problems.add(e.getMessage());
        }
        return new MoveReport(moved.from(), moved.to(), moved.changedFiles(), moved.references(), problems,
                moved.sentence());
    }

    /** A post back to the drafts ({@link org.postdesk.core.site.PostNames#unpublishedPath}); the front matter stays as it is. */
    public MoveReport unpublish(Path post) throws PostIoException {
        String rel = blog.relativize(post);
        PostName name = blog.naming().classify(rel);
        if (name.draft()) {
            throw new PostIoException(rel + " is already a draft; nothing was moved.", null);
        }
        return move(post, blog.naming().unpublishedPath(rel), "Unpublished");
    }

    /** The file name a post should have for its title and date ({@code YYYY-MM-DD-SLUG.ext}; {@code SLUG.ext} for a draft). */
    public String fileNameFor(Path post, String title, LocalDate date) {
        PostName name = blog.naming().classify(blog.relativize(post));
        String slug = blog.naming().slugify(title);
        String ext = name.extension().isEmpty() ? "md" : name.extension();
        return name.draft() ? (slug.isEmpty() ? "draft" : slug) + "." + ext : blog.naming().postFileName(date, slug, ext);
    }

    /** Renames a post in its folder and rewrites references to it. Same name: nothing happens. */
    public MoveReport rename(Path post, String newFileName) throws PostIoException {
        if (newFileName.contains("/") || newFileName.contains("\\") || newFileName.isBlank()) {
            throw new PostIoException("\"" + newFileName + "\" is not a file name; nothing was renamed.", null);
        }
        String rel = blog.relativize(post);
        String target = rel.substring(0, rel.lastIndexOf('/') + 1) + newFileName;
        if (target.equals(rel)) {
            return new MoveReport(post, post, List.of(), 0, List.of(), rel + " already has that name.");
        }
        return move(post, target, "Renamed");
    }

    /** Moves the post to {@code trash} (the window asks first). References to it are left alone. */
    public MoveReport delete(Path post, Trash trash) throws PostIoException {
        try {
            String sentence = trash.moveToTrash(post);
            return new MoveReport(post, null, List.of(), 0, List.of(), sentence);
        } catch (IOException e) {
            throw new PostIoException("Could not delete " + blog.relativize(post) + ": " + PostFiles.reason(e)
                    + ". The file is still where it was.", e);
        }
    }

    private MoveReport move(Path from, String targetRel, String verb) throws PostIoException {
        String fromRel = blog.relativize(from);
        Path to = blog.resolve(targetRel);
        try {
            blog.writes().move(from, to);
        } catch (FileAlreadyExistsException e) {
            throw new PostIoException(targetRel + " already exists, so " + fromRel
                    + " was not moved; both files are unchanged.", e);
        } catch (IOException e) {
            throw new PostIoException("Could not move " + fromRel + " to " + targetRel + ": " + PostFiles.reason(e)
                    + ". The file is still where it was.", e);
        }
        ReferenceRewriter.Outcome refs = new ReferenceRewriter(blog).rewrite(fromRel, targetRel);
        String sentence = verb + " " + fromRel + " as " + targetRel
                + (refs.references() == 0 ? "." : "; updated " + refs.references() + " reference"
                + (refs.references() == 1 ? "" : "s") + " in " + refs.files().size() + " other file"
                + (refs.files().size() == 1 ? "." : "s."));
        return new MoveReport(from, to, refs.files(), refs.references(), refs.problems(), sentence);
    }

    private void redate(Path post, LocalDate date) throws PostIoException {
        PostDocument doc = PostFiles.read(post, blog.site().frontMatterFormats());
        if (doc.isReadOnly() || !doc.hasFrontMatter()) {
            return;
        }
        FrontMatterDocument fm = FrontMatterDocument.of(doc);
        FieldValue value = fm.isValid() ? fm.get("date").orElse(null) : null;
        if (value == null || value.kind() != FieldKind.DATE || !(value.value() instanceof FrontMatterDate d)
                || d.dateTime().toLocalDate().equals(date)) {
            return;
        }
        FrontMatterDate moved = new FrontMatterDate(date.atTime(d.dateTime().toLocalTime()), d.hasTime(), d.offset(), d.text());
        try {
            PostFiles.save(blog.writes(), post, doc.withFrontMatter(fm.withDate("date", moved).text()));
        } catch (PostIoException e) {
            throw new PostIoException("The post was published, but its front-matter date could not be changed to "
                    + date + " (" + e.getMessage() + "); " + blog.site().generator().displayName()
                    + " will date it by the old one.", e);
        }
    }
}
