package org.postdesk.core.site.hugo.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hugo's shortcode syntax read from a page body: {@code {{< name params >}}} and
 * {@code {{% name params %}}}, their closing forms {@code {{< /name >}}}, the self-closing
 * {@code {{< name />}}}, and the escape <code>{{&lt;/* name *&#47;&gt;}}</code> (text, without the comment
 * marks), following the rules of Hugo's page lexer (parser/pageparser, learned from 0.111):
 * parameters are all positional or all named; a value is a word, a {@code "quoted"} string with
 * {@code \"} escapes or a {@code `raw`} string; a tag may span lines.
 *
 * <p>Hugo knows from each template whether a shortcode takes inner content; the preview does not
 * have every template, so a call takes inner content when a closing tag for it follows (nesting
 * respected), as every template that reads {@code .Inner} requires. A tag that cannot be read is
 * a {@link Broken} piece with an English reason, never an exception (docs/decisions/0041).
 */
final class ShortcodeParser {

    /** A piece of a page body. */
    sealed interface Piece permits Text, Call, Broken {
    }

    /** Text outside any shortcode (escaped shortcodes are text too). {@code start} is its offset in the body. */
    record Text(String text, int start) implements Piece {
    }

    /**
     * A shortcode call: {@code markup} for the {@code {{% %}}} form; {@code positional} or
     * {@code named} parameters (one of them is empty); {@code inner} null when the call takes no
     * inner content; {@code start}/{@code end} its offsets in the body (the closing tag included),
     * {@code innerStart} where the inner text begins.
     */
    record Call(String name, boolean markup, List<String> positional, Map<String, String> named, List<Piece> inner,
            int start, int end, int innerStart, int innerEnd) implements Piece {

        boolean isNamed() {
            return !named.isEmpty();
        }

        /** A parameter by name, or by position when the call gives positions. */
        String get(String key, int position) {
            if (!named.isEmpty()) {
                return named.get(key);
            }
            return position >= 0 && position < positional.size() ? positional.get(position) : null;
        }
    }

    /** A tag that could not be read, kept as text, with the reason. */
    record Broken(String source, String reason, int start) implements Piece {
    }

    /** One tag as read, before nesting is resolved. */
    private record Tag(String name, boolean markup, boolean closing, boolean selfClosing, List<String> positional,
            Map<String, String> named, int start, int end) {
    }

    private final String text;
    private int pos;

    private ShortcodeParser(String text) {
        this.text = text;
    }

    /** The pieces of {@code body}, in order; their source texts put together give the body back (escapes aside). */
    static List<Piece> parse(String body) {
        return new ShortcodeParser(body).pieces();
    }

    /** True when {@code body} may hold a shortcode (the cheap test before parsing). */
    static boolean mayHaveShortcodes(String body) {
        return body.contains("{{<") || body.contains("{{%");
    }

    private List<Piece> pieces() {
        // first the flat list of text, tags and broken tags; then the calls that a closing tag closes get their inner
        List<Object> flat = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int plainStart = 0;
        while (pos < text.length()) {
            int open = nextOpening(pos);
            if (open < 0) {
                break;
            }
            boolean markup = text.charAt(open + 2) == '%';
            if (text.startsWith("/*", open + 3)) {
                String right = markup ? "*/%}}" : "*/>}}";
                int close = text.indexOf(right, open + 5);
                if (close < 0) {
                    plain.append(text, pos, open + 3);
                    pos = open + 3;
                    continue;
                }
                // the escape: the delimiters stay, the comment marks go
                plain.append(text, pos, open + 3).append(text, open + 5, close).append(markup ? "%}}" : ">}}");
                pos = close + 5;
                continue;
            }
            plain.append(text, pos, open);
            Object tag = readTag(open, markup);
            if (plain.length() > 0) {
                flat.add(new Text(plain.toString(), plainStart));
                plain.setLength(0);
            }
            flat.add(tag);
            pos = tag instanceof Tag t ? t.end() : open + ((Broken) tag).source().length();
            plainStart = pos;
        }
        plain.append(text, Math.min(pos, text.length()), text.length());
        if (plain.length() > 0) {
            flat.add(new Text(plain.toString(), plainStart));
        }
        return nest(flat);
    }

    private int nextOpening(int from) {
        int i = text.indexOf("{{", from);
        while (i >= 0 && i + 2 < text.length()) {
            char c = text.charAt(i + 2);
            if (c == '<' || c == '%') {
                return i;
            }
            i = text.indexOf("{{", i + 1);
        }
        return -1;
    }

    /** Reads the tag at {@code open}: a {@link Tag}, or a {@link Broken} up to the end of the line. */
    private Object readTag(int open, boolean markup) {
        String right = markup ? "%}}" : ">}}";
        int i = open + 3;
        i = skipSpace(i);
        boolean closing = false;
        if (i < text.length() && text.charAt(i) == '/') {
            closing = true;
            i = skipSpace(i + 1);
        }
        int nameStart = i;
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        String name = text.substring(nameStart, i);
        if (name.isEmpty()) {
            return broken(open, right, text.startsWith(right, i) ? "a shortcode needs a name"
                    : "a shortcode name must start with a letter or digit");
        }
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        boolean selfClosing = false;
        while (true) {
            i = skipSpace(i);
            if (i >= text.length()) {
                return broken(open, right, "the shortcode " + name + " is not closed with " + right);
            }
            if (text.startsWith(right, i)) {
                i += right.length();
                break;
            }
            if (text.charAt(i) == '/' && skipSpace(i + 1) < text.length() && text.startsWith(right, skipSpace(i + 1))) {
                selfClosing = true;
                i = skipSpace(i + 1) + right.length();
                break;
            }
            if (closing) {
                return broken(open, right, "the closing tag of " + name + " takes no parameters");
            }
            char c = text.charAt(i);
            if (c == '"' || c == '`' || (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '"')) {
                String[] value = new String[1];
                int after = readQuoted(i, value, right);
                if (after < 0) {
                    return broken(open, right, "a quoted parameter of " + name + " is not closed on its line");
                }
                if (!named.isEmpty()) {
                    return broken(open, right, "the shortcode " + name + " mixes named and positional parameters");
                }
                positional.add(value[0]);
                i = after;
                continue;
            }
            int wordStart = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '='
                    && !text.startsWith(right, i) && !(text.charAt(i) == '/' && text.startsWith(right, skipSpace(i + 1)))) {
                i++;
            }
            String word = text.substring(wordStart, i);
            int eq = skipSpace(i);
            if (eq < text.length() && text.charAt(eq) == '=') {
                if (!positional.isEmpty()) {
                    return broken(open, right, "the shortcode " + name + " mixes named and positional parameters");
                }
                i = skipSpace(eq + 1);
                if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '`' || text.charAt(i) == '\\')) {
                    String[] value = new String[1];
                    int after = readQuoted(i, value, right);
                    if (after < 0) {
                        return broken(open, right, "the value of " + word + " in " + name + " is not closed on its line");
                    }
                    named.put(word, value[0]);
                    i = after;
                } else {
                    int valueStart = i;
                    while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && !text.startsWith(right, i)) {
                        i++;
                    }
                    named.put(word, text.substring(valueStart, i));
                }
            } else {
                if (!named.isEmpty()) {
                    return broken(open, right, "the shortcode " + name + " mixes named and positional parameters");
                }
                if (word.isEmpty()) {
                    return broken(open, right, "the shortcode " + name + " has a character Hugo cannot read here");
                }
                positional.add(word);
            }
        }
        return new Tag(name, markup, closing, selfClosing, positional, named, open, i);
    }

    /** A {@code "..."} (with {@code \"} escapes, on one line) or {@code `...`} value; the index after it, or -1. */
    private int readQuoted(int i, String[] value, String right) {
        char q = text.charAt(i);
        if (q == '`') {
            int end = text.indexOf('`', i + 1);
            if (end < 0) {
                return -1;
            }
            value[0] = text.substring(i + 1, end);
            return end + 1;
        }
        int start = q == '\\' ? i + 2 : i + 1; // \"value\" (inside a quoted template argument)
        StringBuilder sb = new StringBuilder();
        for (int j = start; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == '\\' && j + 1 < text.length() && text.charAt(j + 1) == '"') {
                if (q == '\\' && (j + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
                    value[0] = sb.toString();
                    return j + 2;
                }
                sb.append('"');
                j++;
                continue;
            }
            if (c == '"') {
                value[0] = sb.toString();
                return j + 1;
            }
            sb.append(c);
        }
        return -1;
    }

    private Broken broken(int open, String right, String reason) {
        int lineEnd = text.indexOf('\n', open);
        int close = text.indexOf(right, open);
        int end = close >= 0 && (lineEnd < 0 || close < lineEnd) ? close + right.length()
                : lineEnd < 0 ? text.length() : lineEnd;
        return new Broken(text.substring(open, end), reason, open);
    }

    private int skipSpace(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == '.';
    }

    /** Gives each opening tag that a later closing tag closes its inner pieces; a stray closing tag is broken. */
    private List<Piece> nest(List<Object> flat) {
        // for each opening tag, the index of its closing tag (a stack by name, innermost first)
        int[] closer = new int[flat.size()];
        java.util.Arrays.fill(closer, -1);
        boolean[] strayClose = new boolean[flat.size()];
        List<Integer> open = new ArrayList<>();
        for (int k = 0; k < flat.size(); k++) {
            if (!(flat.get(k) instanceof Tag t) || t.selfClosing()) {
                continue;
            }
            if (!t.closing()) {
                open.add(k);
                continue;
            }
            int match = -1;
            for (int o = open.size() - 1; o >= 0; o--) {
                if (((Tag) flat.get(open.get(o))).name().equals(t.name())) {
                    match = o;
                    break;
                }
            }
            if (match < 0) {
                strayClose[k] = true;
                continue;
            }
            closer[open.get(match)] = k;
            open.subList(match, open.size()).clear();
        }
        return build(flat, 0, flat.size(), closer, strayClose);
    }

    private List<Piece> build(List<Object> flat, int from, int to, int[] closer, boolean[] strayClose) {
        List<Piece> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Object o = flat.get(k);
            if (o instanceof Piece p) {
                out.add(p);
                continue;
            }
            Tag t = (Tag) o;
            if (t.closing()) {
                if (strayClose[k]) {
                    out.add(new Broken(text.substring(t.start(), t.end()),
                            "this closes the shortcode " + t.name() + ", which is not open here", t.start()));
                }
                continue;
            }
            if (closer[k] < 0) {
                out.add(new Call(t.name(), t.markup(), t.positional(), t.named(), null, t.start(), t.end(), t.end(),
                        t.end()));
                continue;
            }
            Tag close = (Tag) flat.get(closer[k]);
            List<Piece> inner = build(flat, k + 1, closer[k], closer, strayClose);
            out.add(new Call(t.name(), t.markup(), t.positional(), t.named(), inner, t.start(), close.end(), t.end(),
                    close.start()));
            k = closer[k];
        }
        return out;
    }
}
