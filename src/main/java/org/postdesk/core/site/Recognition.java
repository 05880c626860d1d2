package org.postdesk.core.site;

/**
 * How sure a generator is that a folder is one of its sites, and why, as a sentence.
 * {@link Generators} takes the strongest; a strength of 0 means "not mine" (docs/decisions/0029).
 *
 * @param strength 0 (not this generator's), {@link #HINT} (one file that several generators use,
 *                 such as a {@code _config.yml}), {@link #MARKER} (a file or folder only this
 *                 generator makes), or more for several markers
 * @param evidence a sentence naming what was found, or for 0 what was missing
 */
public record Recognition(int strength, String evidence) {
    /** One file that more than one generator uses. */
    public static final int HINT = 1;
    /** A file or folder only this generator makes. */
    public static final int MARKER = 2;

    public Recognition {
        if (strength < 0) {
            throw new IllegalArgumentException("strength must be 0 or more: " + strength);
        }
        evidence = evidence == null ? "" : evidence;
    }

    public static Recognition none(String why) {
        return new Recognition(0, why);
    }

    /** True when the generator takes the folder as one of its sites. */
    public boolean recognised() {
        return strength > 0;
    }
}
