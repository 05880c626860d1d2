package org.postdesk.core.io;

import java.util.Locale;

/**
 * Whether a file name arrived as text: Java turns the bytes of a name it cannot decode into
 * U+FFFD, and such a name no longer leads back to its file. That happens for every non-ASCII
 * name when Java reads names as ASCII (a locale such as {@code LANG=C}; the launcher starts
 * itself again under {@code C.UTF-8} to avoid it), and for a name that is not UTF-8 at all
 * (GBK bytes from an old archive). Decision record 0033.
 */
public final class FileNameText {
    private FileNameText() {
    }

    /** True when {@code name} holds characters that could not be decoded. */
    public static boolean damaged(String name) {
        return name.indexOf('\uFFFD') >= 0;
    }

    /** The encoding this Java reads file names in. */
    public static String encoding() {
        return System.getProperty("sun.jnu.encoding", "UTF-8");
    }

    /** Whether this Java reads file names as UTF-8. */
    public static boolean utf8() {
        return encoding().toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8");
    }

    /**
     * A sentence saying why a file cannot be opened by its name and what to do, for a name that
     * {@link #damaged} found; the file itself is never touched.
     */
    public static String unreadableSentence() {
        if (utf8()) {
            return "Postdesk cannot open this file by its name: the name is not UTF-8 text (its unreadable bytes"
                    + " show as \uFFFD). The file was left as it is; rename it with UTF-8 letters, for example with"
                    + " convmv -f gbk -t utf-8.";
        }
        return "Postdesk cannot open this file by its name: this Java reads file names as " + encoding()
                + " because of the locale (LANG=C, or a locale that is not installed), so non-ASCII letters are"
                + " lost. The file was left as it is; start Postdesk with LANG=C.UTF-8.";
    }
}
