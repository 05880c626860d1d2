package org.postdesk.core.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.frontmatter.FrontMatterProbe;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * Where a post's front matter starts and ends, by the rules of the generator whose formats the
 * site accepts (docs/decisions/0037). Three rule sets, each read from the generator's own code:
 * <ul>
 * <li>Jekyll (a site that accepts only {@code ---}): a first line of {@code ---} (trailing blanks
 * allowed), closed by the next line of {@code ---} or {@code ...}.</li>
 * <li>Hexo (a site that accepts YAML without opening line or JSON with {@code ;;;}):
 * hexo-front-matter's split. An opening line of three or more {@code -} or {@code ;} needs the
 * same line again at the start of a later line; a file that starts with such characters but is
 * not closed so has no front matter; otherwise the text up to the first line that starts with
 * three {@code -} or {@code ;} is front matter when it reads as data (a YAML map or list, or JSON
 * members), else the whole file is body.</li>
 * <li>Hugo (a site that accepts {@code +++} or a JSON object): the page lexer. Blank space and
 * byte-order marks (any number) before the block are skipped; {@code +++} or {@code ---} opens,
 * the next line that starts with the same three characters closes; a {@code {} opens a JSON
 * object that ends at its matching brace (braces in strings do not count).</li>
 * </ul>
 * A block that is not closed gives no front matter (the whole text is body), as today.
 */
final class FrontMatterSplit {
    private static final Pattern JEKYLL_OPENING = Pattern.compile("\\A---[ \\t]*(\\r\\n|\\n|\\r)");
    private static final Pattern JEKYLL_CLOSING =
            Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*(?:\\r\\n|\\n|\\r|\\z)", Pattern.MULTILINE);
    private static final Pattern HEXO_OPENED =
            Pattern.compile("\\A(-{3,}|;{3,})(\\r?\\n)(.+?\\r?\\n)(\\1\\r?\\n?)", Pattern.DOTALL);
    private static final Pattern HEXO_SEPARATOR_FIRST = Pattern.compile("\\A(?:-{3,}|;{3,})");
    private static final Pattern HEXO_UNOPENED =
            Pattern.compile("\\A(.+?\\r?\\n)((-{3,}|;{3,})\\r?\\n?)", Pattern.DOTALL);

    /** The four pieces and the form found; {@code format} is null when there is no front matter. */
    record Pieces(String opening, String frontMatter, String closing, String body, FrontMatterFormat format) {
        static Pieces none(String text) {
            return new Pieces("", "", "", text, null);
        }
    }

    private FrontMatterSplit() {
    }

    static Pieces split(String text, List<FrontMatterFormat> accepted) {
        if (accepted.contains(FrontMatterFormat.TOML_PLUSES) || accepted.contains(FrontMatterFormat.JSON_OBJECT)) {
            return hugo(text, accepted);
        }
        if (accepted.contains(FrontMatterFormat.YAML_UNOPENED) || accepted.contains(FrontMatterFormat.JSON_SEMICOLONS)) {
            return hexo(text, accepted);
        }
        return accepted.contains(FrontMatterFormat.YAML_DASHES) ? jekyll(text) : Pieces.none(text);
    }

    private static Pieces jekyll(String text) {
        Matcher open = JEKYLL_OPENING.matcher(text);
        if (open.find()) {
            Matcher close = JEKYLL_CLOSING.matcher(text);
            if (close.find(open.end())) {
                return new Pieces(text.substring(0, open.end()), text.substring(open.end(), close.start()),
                        text.substring(close.start(), close.end()), text.substring(close.end()),
                        FrontMatterFormat.YAML_DASHES);
            }
        }
        return Pieces.none(text);
    }

    private static Pieces hexo(String text, List<FrontMatterFormat> accepted) {
        Matcher opened = HEXO_OPENED.matcher(text);
        if (opened.find()) {
            FrontMatterFormat format = opened.group(1).charAt(0) == ';'
                    ? FrontMatterFormat.JSON_SEMICOLONS : FrontMatterFormat.YAML_DASHES;
            String data = opened.group(3);
            if (!accepted.contains(format) || !FrontMatterProbe.readsAsData(data, format)) {
                return Pieces.none(text);
            }
            return new Pieces(opened.group(1) + opened.group(2), data, opened.group(4),
                    text.substring(opened.end()), format);
        }
        if (HEXO_SEPARATOR_FIRST.matcher(text).find()) {
            return Pieces.none(text);
        }
        Matcher unopened = HEXO_UNOPENED.matcher(text);
        if (unopened.find()) {
            FrontMatterFormat format = unopened.group(3).charAt(0) == ';'
                    ? FrontMatterFormat.JSON_SEMICOLONS : FrontMatterFormat.YAML_UNOPENED;
            String data = unopened.group(1);
            if (!accepted.contains(format) || !FrontMatterProbe.readsAsData(data, format)) {
                return Pieces.none(text);
            }
            return new Pieces("", data, unopened.group(2), text.substring(unopened.end()), format);
        }
        return Pieces.none(text);
    }

    private static Pieces hugo(String text, List<FrontMatterFormat> accepted) {
        int i = 0;
        while (i < text.length() && isSkippedBeforeBlock(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return Pieces.none(text);
        }
        char c = text.charAt(i);
        if ((c == '+' || c == '-') && text.startsWith(c == '+' ? "+++" : "---", i)) {
            FrontMatterFormat format = c == '+' ? FrontMatterFormat.TOML_PLUSES : FrontMatterFormat.YAML_DASHES;
            return accepted.contains(format) ? hugoFenced(text, i, text.substring(i, i + 3), format) : Pieces.none(text);
        }
        if (c == '{' && accepted.contains(FrontMatterFormat.JSON_OBJECT)) {
            return hugoJson(text, i);
        }
        return Pieces.none(text);
    }

    /** Hugo skips ASCII blanks, line ends and byte-order marks before the front matter. */
    private static boolean isSkippedBeforeBlock(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\uFEFF';
    }

    private static Pieces hugoFenced(String text, int start, String delimiter, FrontMatterFormat format) {
        int afterOpening = lineBreakEnd(text, start + 3);
        boolean atLineStart = afterOpening > start + 3;
        int pos = afterOpening;
        while (true) {
            if (atLineStart && text.startsWith(delimiter, pos)) {
                int closingEnd = lineBreakEnd(text, pos + 3);
                return new Pieces(text.substring(0, afterOpening), text.substring(afterOpening, pos),
                        text.substring(pos, closingEnd), text.substring(closingEnd), format);
            }
            if (pos >= text.length()) {
                return Pieces.none(text);
            }
            char ch = text.charAt(pos);
            atLineStart = ch == '\n' || ch == '\r';
            pos++;
        }
    }

    private static Pieces hugoJson(String text, int start) {
        boolean inQuote = false;
        int level = 0;
        int pos = start;
        while (pos < text.length()) {
            char ch = text.charAt(pos++);
            if (ch == '{' && !inQuote) {
                level++;
            } else if (ch == '}' && !inQuote) {
                level--;
            } else if (ch == '"') {
                inQuote = !inQuote;
            } else if (ch == '\\') {
                pos = Math.min(text.length(), pos + 1);
            }
            if (level == 0) {
                int end = lineBreakEnd(text, pos);
                return new Pieces(text.substring(0, start), text.substring(start, pos), text.substring(pos, end),
                        text.substring(end), FrontMatterFormat.JSON_OBJECT);
            }
        }
        return Pieces.none(text);
    }

    /** After an optional {@code \r} and then an optional {@code \n} at {@code pos}. */
    private static int lineBreakEnd(String text, int pos) {
        int i = pos;
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }
}
