package org.postdesk.core.post;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * One post file as bytes in, bytes out. The decoded text is kept as four exact pieces,
 * {@code opening + frontMatter + closing + body}, so that a document nobody edited gives
 * back its original bytes, and an edit to one piece leaves the others as they were.
 *
 * <p>Front matter is recognised by the rules of the generator whose forms the site accepts
 * ({@link FrontMatterSplit}, docs/decisions/0037); {@link #parse(byte[])} reads as Jekyll does:
 * the file starts (after an optional BOM) with a {@code ---} line, and a later line of
 * {@code ---} or {@code ...} closes it. Immutable.
 */
public final class PostDocument {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The forms a Jekyll blog accepts: YAML between {@code ---} lines only. */
    public static final List<FrontMatterFormat> JEKYLL_FORMATS = List.of(FrontMatterFormat.YAML_DASHES);

    private final byte[] original;
    private final boolean bom;
    private final String opening;
    private final String frontMatter;
    private final String closing;
    private final String body;
    private final String readOnlyReason;
    /** The form of this post's front matter; null when it has none. */
    private final FrontMatterFormat format;
    /** The forms the post's site accepts (the first is the one new front matter gets). */
    private final List<FrontMatterFormat> accepted;
    /** True for a document as read (no edit applied), so {@link #isModified} needs no encoding. */
    private final boolean asRead;

    private PostDocument(PostDocument base, String opening, String frontMatter, String closing, String body,
            FrontMatterFormat format) {
        this(base.original, base.bom, opening, frontMatter, closing, body, base.readOnlyReason, false, format,
                base.accepted);
    }

    private PostDocument(byte[] original, boolean bom, String opening, String frontMatter,
            String closing, String body, String readOnlyReason, boolean asRead, FrontMatterFormat format,
            List<FrontMatterFormat> accepted) {
        this.asRead = asRead;
        this.format = format;
        this.accepted = accepted;
        this.original = original;
        this.bom = bom;
        this.opening = opening;
        this.frontMatter = frontMatter;
        this.closing = closing;
        this.body = body;
        this.readOnlyReason = readOnlyReason;
    }

    /** Reads a Jekyll post from its bytes. Never fails: text that is not UTF-8 gives a read-only document. */
    public static PostDocument parse(byte[] bytes) {
        return parse(bytes, JEKYLL_FORMATS);
    }

    /**
     * Reads a post of a site that accepts {@code formats} (its {@code Site.frontMatterFormats()}).
     * Never fails: text that is not UTF-8 gives a read-only document.
     */
    public static PostDocument parse(byte[] bytes, List<FrontMatterFormat> formats) {
        byte[] copy = bytes.clone();
        boolean bom = startsWithBom(copy);
        int offset = bom ? BOM.length : 0;
        String text;
        String readOnly = null;
        int nul = indexOf(copy, (byte) 0, offset);
        text = new String(copy, offset, copy.length - offset, StandardCharsets.UTF_8);
        // the JDK's decoder is the fast path; a bad byte always leaves a U+FFFD behind
        int bad = text.indexOf('\uFFFD') < 0 ? -1 : Utf8.firstInvalid(copy, offset);
        if (bad >= 0) {
            readOnly = "This file is not valid UTF-8 text (first bad byte near offset "
                    + bad + "), so Postdesk opened it read-only and will "
                    + "not write to it; the file on disk is unchanged.";
        } else if (nul >= 0) {
            readOnly = "This file contains binary data (a NUL byte at offset " + nul
                    + "), so Postdesk opened it read-only and will not write to it.";
        }
        return split(copy, bom, text, readOnly, formats);
    }

    /**
     * This file as a site accepting {@code formats} reads it: the bytes it was read from, split
     * again (an edited document keeps its edits only when the forms are the same).
     */
    public PostDocument reread(List<FrontMatterFormat> formats) {
        if (formats.equals(accepted) || formats.isEmpty() && accepted.equals(JEKYLL_FORMATS)) {
            return this;
        }
        byte[] bytes = toBytes();
        PostDocument again = parse(bytes, formats);
        return readOnlyReason != null && again.readOnlyReason == null ? this : again;
    }

    /** A new Jekyll post from text (used for new files): UTF-8, no BOM. */
    public static PostDocument ofText(String text) {
        return ofText(text, JEKYLL_FORMATS);
    }

    /** A new post of a site that accepts {@code formats}, from text: UTF-8, no BOM. */
    public static PostDocument ofText(String text, List<FrontMatterFormat> formats) {
        return split(text.getBytes(StandardCharsets.UTF_8), false, text, null, formats);
    }

    private static PostDocument split(byte[] original, boolean bom, String text, String readOnly,
            List<FrontMatterFormat> formats) {
        List<FrontMatterFormat> accepted = formats.isEmpty() ? JEKYLL_FORMATS : List.copyOf(formats);
        FrontMatterSplit.Pieces p = FrontMatterSplit.split(text, accepted);
        return new PostDocument(original, bom, p.opening(), p.frontMatter(), p.closing(), p.body(), readOnly, true,
                p.format(), accepted);
    }

    /** The bytes to write: the original ones when nothing changed. */
    public byte[] toBytes() {
        String text = text();
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        byte[] out;
        if (bom) {
            out = new byte[BOM.length + encoded.length];
            System.arraycopy(BOM, 0, out, 0, BOM.length);
            System.arraycopy(encoded, 0, out, BOM.length, encoded.length);
        } else {
            out = encoded;
        }
        if (readOnlyReason != null || Arrays.equals(out, original)) {
            return original.clone();
        }
        return out;
    }

    /** The whole text as decoded (without the BOM). */
    public String text() {
        return opening + frontMatter + closing + body;
    }

    public boolean hasFrontMatter() {
        return format != null;
    }

    /** The form of the front matter (empty when the post has none). */
    public Optional<FrontMatterFormat> format() {
        return Optional.ofNullable(format);
    }

    /** The form the front matter has, or would get from {@link #withFrontMatter}: the site's first. */
    public FrontMatterFormat formatOrDefault() {
        return format != null ? format : accepted.get(0);
    }

    /** The forms the post's site accepts. */
    public List<FrontMatterFormat> acceptedFormats() {
        return accepted;
    }

    /** The exact text before the front matter: the opening line, and for Hugo the blanks and marks before it. */
    public String opening() {
        return opening;
    }

    /** The exact text after the front matter, up to the body: the closing line (for Hugo JSON, the line end). */
    public String closing() {
        return closing;
    }

    /** The exact text between the fences, including its last line ending. Empty without front matter. */
    public String frontMatter() {
        return frontMatter;
    }

    /** The exact body text, with the file's own line endings. */
    public String body() {
        return body;
    }

    /** The body as the editor shows it: {@code \n} line endings only. */
    public String bodyForEditor() {
        return LineEndings.normalize(body);
    }

    /** 1-based line number in the file of the first body line. */
    public int bodyStartLine() {
        String head = opening + frontMatter + closing;
        return LineEndings.normalize(head).split("\n", -1).length;
    }

    /** 1-based line number in the file of the first front-matter line. */
    public int frontMatterStartLine() {
        return hasFrontMatter() ? LineEndings.normalize(opening).split("\n", -1).length : 1;
    }

    public boolean hasBom() {
        return bom;
    }

    /** The line ending most of the file uses. */
    public String lineEnding() {
        return LineEndings.dominant(text());
    }

    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Why this document must not be written, as a sentence for the author. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** This post with its body replaced by editor text ({@code \n} endings); unchanged lines keep their endings. */
    public PostDocument withEditorBody(String editorText) {
        return withBody(LineEndings.restore(body, editorText));
    }

    /** This post with its body replaced by exact text. */
    public PostDocument withBody(String newBody) {
        if (newBody.equals(body)) {
            return this;
        }
        return new PostDocument(this, opening, frontMatter, closing, newBody, format);
    }

    /**
     * This post with new front-matter text. A post without front matter gets the lines of the
     * site's first form in the file's line ending (a JSON object is its own fence); empty text
     * on such a post changes nothing.
     */
    public PostDocument withFrontMatter(String newFrontMatter) {
        if (newFrontMatter.equals(frontMatter)) {
            return this;
        }
        if (!hasFrontMatter()) {
            FrontMatterFormat f = accepted.get(0);
            String eol = lineEnding();
            String fm = newFrontMatter.isEmpty() || newFrontMatter.endsWith("\n")
                    || newFrontMatter.endsWith("\r") || f.closing().isEmpty() ? newFrontMatter : newFrontMatter + eol;
            String open = f.opening().isEmpty() ? "" : f.opening() + eol;
            return new PostDocument(this, open, fm, f.closing() + eol, body, f);
        }
        return new PostDocument(this, opening, newFrontMatter, closing, body, format);
    }

    /** True when {@link #toBytes()} differs from the bytes this document was read from. */
    public boolean isModified() {
        if (asRead) {
            return false;
        }
        return !Arrays.equals(toBytes(), original);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
