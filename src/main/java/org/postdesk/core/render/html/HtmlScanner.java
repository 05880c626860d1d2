package org.postdesk.core.render.html;

import java.util.List;
import java.util.Locale;

/**
 * A one-pass HTML tag scanner that finds tags the way a browser's tokenizer does (tag and
 * attribute syntax, comments, the raw-text elements whose content holds no tags, as listed in
 * {@link HtmlElements}) and lets a
 * {@link Handler} keep, drop or rewrite each one. Text between tags is copied untouched. Linear
 * time, no regular expressions; a text without changes is returned as the same instance.
 */
public final class HtmlScanner {

    /** What to do with each tag. */
    public interface Handler {
        /** Null keeps the tag as written, {@code ""} drops it, anything else replaces it. */
        String onTag(HtmlTag tag, int offset);

        /** True to drop a raw-text element whole: start tag, content and end tag. */
        default boolean dropElement(HtmlTag start) {
            return false;
        }

        /**
         * False to drop comments, doctypes, processing instructions, unfinished tags and the
         * start tag of a raw-text element that is not closed within the text.
         */
        default boolean keepNonTags() {
            return true;
        }

        /** The text of a kept, closed raw-text element ({@code style}...): null keeps it, else replaces it. */
        default String onRawText(String element, String text) {
            return null;
        }
    }

    private HtmlScanner() {
    }

    public static String rewrite(String html, Handler handler) {
        int n = html.length();
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char c = html.charAt(lt + 1);
            boolean endTag = c == '/' && lt + 2 < n && letter(html.charAt(lt + 2));
            if (letter(c) || endTag) {
                int[] tagEnd = new int[1];
                HtmlTag tag = parseTag(html, lt, tagEnd);
                if (tag == null) { // unfinished tag at the end: a browser drops it
                    if (!handler.keepNonTags()) {
                        out = append(out, html, copied, lt);
                        copied = n;
                    }
                    break;
                }
                int end = tagEnd[0];
                boolean raw = !tag.end && HtmlElements.TEXT_CONTENT.contains(tag.name);
                if (raw && handler.dropElement(tag)) {
                    int close = tag.name.equals(HtmlElements.PLAINTEXT) ? -1 : findEndTag(html, end, tag.name);
                    int after = close < 0 ? n : Math.max(close + 2, indexOrEnd(html, '>', close) + 1);
                    out = append(out, html, copied, lt);
                    copied = Math.min(after, n);
                    i = copied;
                    continue;
                }
                String replacement = handler.onTag(tag, lt);
                if (replacement != null) {
                    out = append(out, html, copied, lt).append(replacement);
                    copied = end;
                }
                i = end;
                if (raw && (replacement == null || !replacement.isEmpty())) {
                    int close = tag.name.equals(HtmlElements.PLAINTEXT) ? -1 : findEndTag(html, end, tag.name);
                    if (close < 0 && !handler.keepNonTags()) {
                        // unclosed here: drop the start tag so the rest reads the same to everyone
                        out = append(out, html, copied, lt);
                        copied = end;
                    } else if (close < 0) {
                        i = n;
                    } else {
                        String text = handler.onRawText(tag.name, html.substring(end, close));
                        if (text != null) {
                            out = append(out, html, copied, end).append(text);
                            copied = close;
                        }
                        i = close;
                    }
                }
            } else if (c == '!' || c == '?' || c == '/') {
                int end = commentEnd(html, lt);
                if (!handler.keepNonTags()) {
                    out = append(out, html, copied, lt);
                    copied = end;
                }
                i = end;
            } else {
                i = lt + 1;
            }
        }
        if (out == null) {
            return html;
        }
        return out.append(html, Math.min(copied, n), n).toString();
    }

    private static StringBuilder append(StringBuilder out, String html, int from, int to) {
        StringBuilder sb = out == null ? new StringBuilder(html.length() + 64) : out;
        return sb.append(html, from, to);
    }

    /** Parses the tag at {@code lt}; null when the input ends inside it. */
    public static HtmlTag parseTag(String html, int lt, int[] endOut) {
        int n = html.length();
        int p = lt + 1;
        boolean end = html.charAt(p) == '/';
        if (end) {
            p++;
        }
        int nameStart = p;
        while (p < n && !space(html.charAt(p)) && html.charAt(p) != '/' && html.charAt(p) != '>') {
            p++;
        }
        String name = html.substring(nameStart, p).toLowerCase(Locale.ROOT);
        List<HtmlTag.Attr> attrs = HtmlTag.newAttrs();
        boolean selfClosing = false;
        while (true) {
            while (p < n && space(html.charAt(p))) {
                p++;
            }
            if (p >= n) {
                return null;
            }
            char c = html.charAt(p);
            if (c == '>') {
                p++;
                break;
            }
            if (c == '/') {
                if (p + 1 < n && html.charAt(p + 1) == '>') {
                    selfClosing = true;
                    p += 2;
                    break;
                }
                p++;
                continue;
            }
            int nameAt = p++;
            while (p < n && !space(html.charAt(p)) && "/>=".indexOf(html.charAt(p)) < 0) {
                p++;
            }
            String attrName = html.substring(nameAt, p).toLowerCase(Locale.ROOT);
            int q = p;
            while (q < n && space(html.charAt(q))) {
                q++;
            }
            String value = null;
            if (q < n && html.charAt(q) == '=') {
                p = q + 1;
                while (p < n && space(html.charAt(p))) {
                    p++;
                }
                if (p >= n) {
                    return null;
                }
                char quote = html.charAt(p);
                if (quote == '"' || quote == '\'') {
                    int close = html.indexOf(quote, p + 1);
                    if (close < 0) {
                        return null;
                    }
                    value = html.substring(p + 1, close);
                    p = close + 1;
                } else {
                    int start = p;
                    while (p < n && !space(html.charAt(p)) && html.charAt(p) != '>') {
                        p++;
                    }
                    value = html.substring(start, p);
                }
            }
            attrs.add(new HtmlTag.Attr(attrName, value));
        }
        endOut[0] = p;
        return new HtmlTag(name, end, selfClosing, attrs);
    }

    /** The start of the end tag {@code </name} (followed by space, / or >) from {@code from}, or -1. */
    public static int findEndTag(String html, int from, String name) {
        int i = from;
        while (true) {
            int p = html.indexOf("</", i);
            if (p < 0) {
                return -1;
            }
            int after = p + 2 + name.length();
            if (html.regionMatches(true, p + 2, name, 0, name.length())
                    && (after >= html.length() || space(html.charAt(after)) || html.charAt(after) == '/'
                    || html.charAt(after) == '>')) {
                return p;
            }
            i = p + 2;
        }
    }

    /** End (exclusive) of a comment or bogus comment starting at {@code lt}, as browsers end them. */
    private static int commentEnd(String html, int lt) {
        if (html.startsWith("<!--", lt)) {
            if (html.startsWith("<!-->", lt)) {
                return lt + 5;
            }
            if (html.startsWith("<!--->", lt)) {
                return lt + 6;
            }
            int a = html.indexOf("-->", lt + 4);
            int b = html.indexOf("--!>", lt + 4);
            if (a < 0 && b < 0) {
                return html.length();
            }
            return (b < 0 || (a >= 0 && a < b)) ? a + 3 : b + 4;
        }
        return indexOrEnd(html, '>', lt + 2) + 1;
    }

    private static int indexOrEnd(String html, char c, int from) {
        int i = html.indexOf(c, from);
        return i < 0 ? html.length() - 1 : i;
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
