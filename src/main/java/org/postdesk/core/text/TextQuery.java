package org.postdesk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What to look for: the text, and whether case matters, whether only whole words match, and
 * whether the text is a regular expression. {@link #compile()} turns it into a pattern or
 * says why it cannot.
 */
public record TextQuery(String text, boolean matchCase, boolean wholeWord, boolean regex) {

    public TextQuery {
        text = text == null ? "" : text;
    }

    public static TextQuery plain(String text) {
        return new TextQuery(text, false, false, false);
    }

    /** The pattern, or the reason the regular expression is not valid. */
    public Compiled compile() {
        String source = regex ? text : Pattern.quote(text);
        if (wholeWord) {
            source = "(?<![\\p{L}\\p{N}_])(?:" + source + ")(?![\\p{L}\\p{N}_])";
        }
        int flags = Pattern.MULTILINE | (matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            return new Compiled(Pattern.compile(source, flags), null, -1);
        } catch (PatternSyntaxException e) {
            return new Compiled(null, e.getDescription(), regex ? e.getIndex() : -1);
        }
    }

    /** A compiled query: a pattern, or a problem (description and character index, -1 if unknown). */
    public record Compiled(Pattern pattern, String problem, int problemIndex) {

        public boolean valid() {
            return pattern != null;
        }

        public Optional<String> problemText() {
            return Optional.ofNullable(problem);
        }

        /** All non-empty matches in {@code text}, in order. */
        public List<Match> matches(CharSequence text) {
            List<Match> found = new ArrayList<>();
            if (pattern == null) {
                return found;
            }
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new Match(m.start(), m.end()));
                }
            }
            return found;
        }

        /**
         * The text that replaces the match at {@code match}: {@code $1}-style groups work for
         * regular expressions; for plain queries the replacement is taken literally.
         *
         * @throws IllegalArgumentException when a regular-expression replacement names a group
         *                                  that does not exist or ends in a lone backslash
         */
        public String replacementFor(CharSequence text, Match match, String replacement, boolean regex) {
            if (!regex) {
                return replacement;
            }
            Matcher m = pattern.matcher(text);
            if (!m.find(match.start()) || m.start() != match.start()) {
                return replacement;
            }
            StringBuilder out = new StringBuilder();
            try {
                m.appendReplacement(out, replacement);
            } catch (IndexOutOfBoundsException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            return out.substring(match.start());
        }
    }

    /** One match: offsets into the searched text, end exclusive. */
    public record Match(int start, int end) {
    }
}
