package org.postdesk.core.post;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One post file as bytes in, bytes out. The decoded text is kept as four exact pieces,
 * {@code opening + frontMatter + closing + body}, so that a document nobody edited gives
 * back its original bytes, and an edit to one piece leaves the others as they were.
 *
 * <p>Front matter is recognised as Jekyll does: the file starts (after an optional BOM) with
 * a {@code ---} line, and a later line of {@code ---} or {@code ...} closes it. Immutable.
 */
public final class PostDocument {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*(\\r\\n|\\n|\\r)");
    private static final Pattern CLOSING =
            Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*(?:\\r\\n|\\n|\\r|\\z)", Pattern.MULTILINE);

    private final byte[] original;
    private final boolean bom;
    private final String opening;
    private final String frontMatter;
    private final String closing;
    private final String body;
    private final String readOnlyReason;
    /** True for a document as read (no edit applied), so {@link #isModified} needs no encoding. */
    private final boolean asRead;

    private PostDocument(byte[] original, boolean bom, String opening, String frontMatter,
            String closing, String body, String readOnlyReason) {
        this(original, bom, opening, frontMatter, closing, body, readOnlyReason, false);
    }

    private PostDocument(byte[] original, boolean bom, String opening, String frontMatter,
            String closing, String body, String readOnlyReason, boolean asRead) {
        this.asRead = asRead;
        this.original = original;
        this.bom = bom;
        this.opening = opening;
        this.frontMatter = frontMatter;
        this.closing = closing;
        this.body = body;
        this.readOnlyReason = readOnlyReason;
    }

    /** Reads a post from its bytes. Never fails: text that is not UTF-8 gives a read-only document. */
    public static PostDocument parse(byte[] bytes) {
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
        return split(copy, bom, text, readOnly);
    }

    /** A new post from text (used for new files): UTF-8, no BOM. */
    public static PostDocument ofText(String text) {
        return split(text.getBytes(StandardCharsets.UTF_8), false, text, null);
    }

    private static PostDocument split(byte[] original, boolean bom, String text, String readOnly) {
        Matcher open = OPENING.matcher(text);
        if (open.find()) {
            Matcher close = CLOSING.matcher(text);
            if (close.find(open.end())) {
                return new PostDocument(original, bom, text.substring(0, open.end()),
                        text.substring(open.end(), close.start()),
                        text.substring(close.start(), close.end()), text.substring(close.end()),
                        readOnly, true);
            }
        }
        return new PostDocument(original, bom, "", "", "", text, readOnly, true);
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
        return !opening.isEmpty();
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
        return hasFrontMatter() ? 2 : 1;
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
        return new PostDocument(original, bom, opening, frontMatter, closing, newBody, readOnlyReason);
    }

    /**
     * This post with new front-matter text. A post without front matter gets fences in the
     * file's line ending; empty text on such a post changes nothing.
     */
    public PostDocument withFrontMatter(String newFrontMatter) {
        if (newFrontMatter.equals(frontMatter)) {
            return this;
        }
        if (!hasFrontMatter()) {
            String eol = lineEnding();
            String fm = newFrontMatter.isEmpty() || newFrontMatter.endsWith("\n")
                    || newFrontMatter.endsWith("\r") ? newFrontMatter : newFrontMatter + eol;
            return new PostDocument(original, bom, "---" + eol, fm, "---" + eol, body, readOnlyReason);
        }
        return new PostDocument(original, bom, opening, newFrontMatter, closing, body, readOnlyReason);
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
