package org.postdesk.core.text;

import java.util.regex.Pattern;

/**
 * Counts the words and characters an author sees in a Markdown post body.
 *
 * <p>Rules: each Han character, each kana character counts as one word (Chinese and Japanese
 * are written without spaces, and editors in those languages count characters); a run of
 * Hangul syllables is one word (Korean puts spaces between words); a run of letters or digits
 * in any other script is one word, with inner apostrophes, hyphens and (between digits) dots
 * and commas kept inside it ("don't", "e-mail", "3.14", "1,000"). Punctuation is no word.
 * Characters are the code points that are not white space. Front matter, link targets,
 * HTML tags, Liquid tags, kramdown attribute lists and bare URLs are left out first.
 */
public final class WordCount {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\uFEFF?---[ \\t]*\\R.*?\\R(---|\\.\\.\\.)[ \\t]*(\\R|\\z)",
            Pattern.DOTALL);
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*(\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LIQUID = Pattern.compile("\\{%.*?%\\}|\\{\\{.*?\\}\\}", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\{:[^}]*\\}|\\{#[^}\\s]*\\}");
    private static final Pattern URL = Pattern.compile("(https?|ftp|mailto):[^\\s)\\]>]+");
    private static final Pattern TASK_BOX = Pattern.compile("(?m)^(\\s*[-*+]\\s+)\\[[ xX]\\]");
    private static final Pattern FENCE_INFO = Pattern.compile("(?m)^ {0,3}(```|~~~)[^\\n]*$");

    private WordCount() {
    }

    /** The counts for a post body (a leading front matter block is skipped). */
    public static Counts of(String markdown) {
        return countPlain(visibleText(markdown));
    }

    /** The text a reader sees, roughly: Markdown targets, tags and front matter removed. */
    static String visibleText(String markdown) {
        String text = FRONT_MATTER.matcher(markdown).replaceFirst("");
        text = FENCE_INFO.matcher(text).replaceAll("");
        text = REFERENCE_DEFINITION.matcher(text).replaceAll("");
        text = LIQUID.matcher(text).replaceAll("");
        text = TASK_BOX.matcher(text).replaceAll("$1");
        text = LINK_TARGET.matcher(text).replaceAll("]");
        text = HTML_TAG.matcher(text).replaceAll(" ");
        text = ATTRIBUTE_LIST.matcher(text).replaceAll(" ");
        text = URL.matcher(text).replaceAll(" ");
        return text;
    }

    /** Counts plain text with the rules above (no Markdown handling). */
    public static Counts countPlain(String text) {
        int words = 0;
        int cjk = 0;
        int others = 0;
        int characters = 0;
        boolean inWord = false;
        boolean inHangul = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                characters++;
            }
            Character.UnicodeScript script = script(cp);
            if (isIdeographic(script)) {
                words++;
                cjk++;
                inWord = false;
                inHangul = false;
            } else if (script == Character.UnicodeScript.HANGUL && Character.isLetter(cp)) {
                if (!inHangul) {
                    words++;
                    others++;
                }
                inHangul = true;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                if (!inWord) {
                    words++;
                    others++;
                }
                inWord = true;
                inHangul = false;
            } else if (inWord && isJoiner(cp, text, i, width)) {
                // stays inside the word
            } else {
                inWord = false;
                inHangul = false;
            }
            i += width;
        }
        return new Counts(words, characters, cjk, others);
    }

    private static Character.UnicodeScript script(int cp) {
        try {
            return Character.UnicodeScript.of(cp);
        } catch (IllegalArgumentException e) {
            return Character.UnicodeScript.UNKNOWN;
        }
    }

    private static boolean isIdeographic(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** An apostrophe or hyphen between letters, a dot or comma between digits. */
    private static boolean isJoiner(int cp, String text, int at, int width) {
        int next = at + width < text.length() ? text.codePointAt(at + width) : -1;
        int before = at > 0 ? text.codePointBefore(at) : -1;
        if (cp == '\'' || cp == '\u2019' || cp == '-') {
            return next >= 0 && Character.isLetterOrDigit(next) && !isIdeographic(script(next));
        }
        if (cp == '.' || cp == ',') {
            return Character.isDigit(before) && next >= 0 && Character.isDigit(next);
        }
        return false;
    }

    /**
     * @param words      all words
     * @param characters code points that are not white space
     * @param cjkWords   words that are a single Han or kana character
     * @param otherWords words in space-separated scripts (Latin, Cyrillic, Hangul, numbers, ...)
     */
    public record Counts(int words, int characters, int cjkWords, int otherWords) {

        /** Characters per minute for Han and kana text. */
        public static final int CJK_PER_MINUTE = 300;
        /** Words per minute for space-separated text. */
        public static final int WORDS_PER_MINUTE = 200;

        /** Whole minutes to read (rounded up): 300 Han/kana characters plus 200 other words a minute. */
        public int readingMinutes() {
            if (words == 0) {
                return 0;
            }
            double minutes = (double) cjkWords / CJK_PER_MINUTE + (double) otherWords / WORDS_PER_MINUTE;
            return Math.max(1, (int) Math.ceil(minutes));
        }
    }
}
