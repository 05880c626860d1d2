package org.postdesk.core.problems;

/**
 * The obvious repair of a {@link Problem} (decision record 0031). {@link Kind#RELINK} and
 * {@link Kind#REAL_NAME} are text edits: the range [start, end) of the post's text, which must
 * still read {@code expected}, becomes {@code replacement}; nothing else changes. The other kinds
 * are actions the window runs with the features it already has.
 *
 * @param kind        what the repair does
 * @param start       offset of the text to replace (text edits), else the problem's start
 * @param end         offset after it
 * @param expected    the text the range holds now (a repair of stale text is refused)
 * @param replacement the new text (text edits); the URL to download; the new file name
 */
public record Repair(Kind kind, int start, int end, String expected, String replacement) {

    public enum Kind {
        /** Point a broken image at the one file of that name in the blog's image folders. */
        RELINK,
        /** Write the file's real letter case. */
        REAL_NAME,
        /** Download a web image into the blog (Download Web Images). */
        DOWNLOAD,
        /** Rename the post to {@code YYYY-MM-DD-slug.md} so that Jekyll reads it. */
        RENAME
    }

    /** True for repairs that only change the link text: the ones {@code check --fix} applies. */
    public boolean isTextEdit() {
        return kind == Kind.RELINK || kind == Kind.REAL_NAME;
    }

    /** Whether {@code text} still holds what this edit expects to replace. */
    public boolean appliesTo(String text) {
        return isTextEdit() && start >= 0 && end <= text.length() && start <= end
                && text.regionMatches(start, expected, 0, expected.length()) && end - start == expected.length();
    }

    /** {@code text} with this edit applied; every other character stays. */
    public String applyTo(String text) {
        if (!appliesTo(text)) {
            throw new IllegalStateException("the text changed since the problem was found");
        }
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /** This edit moved by {@code delta} characters (the same edit in a text with a head of another length). */
    public Repair shifted(int delta) {
        return new Repair(kind, start + delta, end + delta, expected, replacement);
    }
}
