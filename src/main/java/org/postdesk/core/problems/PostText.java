package org.postdesk.core.problems;

import org.postdesk.core.post.LineEndings;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * The text of one post as the problems finder reads it: the whole file text (without a BOM),
 * where its front matter and body start, and their first file lines. Offsets of problems and
 * repairs are offsets into {@link #text()}.
 *
 * @param path                 the post's path relative to the blog ({@code _posts/a.md})
 * @param text                 the file text
 * @param frontMatterStart     offset of the front matter's first character (0 without front matter)
 * @param frontMatterEnd       offset just after the front matter (its last line ending included)
 * @param bodyStart            offset of the body's first character
 * @param frontMatterFirstLine file line of the first front-matter line, from 1
 * @param bodyFirstLine        file line of the first body line, from 1
 * @param format               the front matter's form (the site's first when the post has none)
 */
public record PostText(String path, String text, int frontMatterStart, int frontMatterEnd, int bodyStart,
        int frontMatterFirstLine, int bodyFirstLine, FrontMatterFormat format) {

    /** The file as it is on disk (line endings as written): what {@code check --fix} edits. */
    public static PostText of(String path, PostDocument doc) {
        String text = doc.text();
        int bodyStart = text.length() - doc.body().length();
        int fmStart = doc.hasFrontMatter() ? doc.opening().length() : 0;
        return new PostText(path, text, fmStart, fmStart + doc.frontMatter().length(), bodyStart,
                doc.frontMatterStartLine(), doc.bodyStartLine(), doc.formatOrDefault());
    }

    /**
     * The post as the window shows it: the head (fences and front matter) of {@code doc} with
     * {@code \n} line endings, then the editor's body. Offsets from {@link #bodyStart()} on are the
     * editor's offsets plus {@code bodyStart}; file lines are those of the saved file.
     */
    public static PostText ofEditor(String path, PostDocument doc, String editorBody) {
        String full = doc.text();
        int bodyStart = full.length() - doc.body().length();
        String head = LineEndings.normalize(full.substring(0, bodyStart));
        String frontMatter = LineEndings.normalize(doc.frontMatter());
        int fmStart = doc.hasFrontMatter() ? LineEndings.normalize(doc.opening()).length() : 0;
        return new PostText(path, head + editorBody, fmStart, fmStart + frontMatter.length(), head.length(),
                doc.frontMatterStartLine(), doc.bodyStartLine(), doc.formatOrDefault());
    }

    public String frontMatter() {
        return text.substring(frontMatterStart, frontMatterEnd);
    }

    public String body() {
        return text.substring(bodyStart);
    }
}
