package org.postdesk.core.blog;

/**
 * Something about a post file the author should know, as a sentence.
 *
 * @param kind    what is wrong
 * @param message a sentence for the author, naming what the site generator does with the file
 * @param line    1-based line in the file the problem is on, or 0 when it is about the whole file
 */
public record PostFlag(Kind kind, String message, int line) {

    /** The kinds of flags; {@link #hiddenFromSite()} tells which ones keep the file off the site. */
    public enum Kind {
        /** Jekyll skips the file because of its name (no date, starts with {@code _}, ends in {@code ~}, ...). */
        IGNORED_NAME(true),
        /** The file name holds a date that is not a day of the calendar. */
        BAD_DATE_IN_NAME(false),
        /** The front-matter {@code date} is not a date Jekyll can read; the build stops. */
        BAD_DATE(false),
        /** A Jekyll post, but not Markdown: Postdesk lists it and edits Markdown only. */
        NOT_MARKDOWN(false),
        /** The front matter is not valid YAML; Jekyll stops the build. */
        BROKEN_FRONT_MATTER(false),
        /** The file has no front matter (or no closing fence). */
        NO_FRONT_MATTER(false),
        /** The text is not UTF-8; Jekyll skips the post. */
        NOT_UTF8(true),
        /** The file could not be read. */
        UNREADABLE(true);

        private final boolean hiddenFromSite;

        Kind(boolean hiddenFromSite) {
            this.hiddenFromSite = hiddenFromSite;
        }

        /** True when the site generator will not publish a file with this flag (Jekyll skips it). */
        public boolean hiddenFromSite() {
            return hiddenFromSite;
        }
    }

    public static PostFlag of(Kind kind, String message) {
        return new PostFlag(kind, message, 0);
    }
}
