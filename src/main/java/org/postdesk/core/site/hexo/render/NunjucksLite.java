package org.postdesk.core.site.hexo.render;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The small part of Nunjucks a Hexo post uses: {@code {{ name.path }}} from the front matter (any
 * other expression is empty, as an undefined value is in Nunjucks), {@code {# #}} comments, and
 * tags, each a call to {@link HexoTags}; a block tag's body is rendered first (tags inside it run),
 * then given to the tag. Never throws: what Hexo would refuse becomes a visible note
 * (docs/decisions/0039). One instance per render.
 */
final class NunjucksLite {

    /** Nunjucks' own block tags: shown as a note, their bodies as text. */
    private static final Set<String> CONTROL = Set.of("if", "for", "set", "block", "macro", "call", "filter",
            "include", "extends", "import", "from", "asyncEach", "asyncAll", "ifAsync");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*");
    private static final int MAX_DEPTH = 20;

    private final HexoTags tags;
    private final HexoPostContext post;

    NunjucksLite(HexoTags tags, HexoPostContext post) {
        this.tags = tags;
        this.post = post;
    }

    /** {@code text} with its variables, comments and tags rendered. */
    String render(String text) {
        return render(text, 0);
    }

    private String render(String text, int depth) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int open = text.indexOf('{', i);
            if (open < 0 || open + 1 >= n) {
                out.append(text, i, n);
                break;
            }
            out.append(text, i, open);
            char next = text.charAt(open + 1);
            if (next == '{') {
                int close = text.indexOf("}}", open + 2);
                if (close < 0) {
                    out.append(text, open, n);
                    break;
                }
                out.append(variable(text.substring(open + 2, close).strip()));
                i = close + 2;
            } else if (next == '#') {
                int close = text.indexOf("#}", open + 2);
                i = close < 0 ? n : close + 2;
            } else if (next == '%') {
                i = tag(text, open, out, depth);
            } else {
                out.append('{');
                i = open + 1;
            }
        }
        return out.toString();
    }

    /** Renders the tag at {@code open} into {@code out}; returns where the text goes on. */
    private int tag(String text, int open, StringBuilder out, int depth) {
        int close = closeOf(text, open + 2);
        if (close < 0) {
            out.append(broken(text.substring(open), "a tag without its closing %}"));
            return text.length();
        }
        String inner = trimControl(text.substring(open + 2, close));
        String name = firstWord(inner);
        String args = inner.substring(name.length()).strip();
        int after = close + 2;
        boolean block = tags.isBlock(name) || CONTROL.contains(name) || (!tags.isKnown(name) && hasEnd(text, after, name));
        if (!block) {
            out.append(call(name, args, null, text.substring(open, after)));
            return after;
        }
        int[] end = endTag(text, after, name);
        if (end == null) {
            out.append(broken(text.substring(open, after), "{% " + name + " %} has no {% end" + name + " %}"));
            return after;
        }
        String rawBody = text.substring(after, end[0]);
        String source = text.substring(open, end[1]);
        if (name.equals("raw") || name.equals("verbatim")) {
            out.append(rawBody);
        } else if (CONTROL.contains(name)) {
            post.note("Nunjucks' {% " + name + " %} is not run by the preview: its text is shown as it is.");
            out.append(HexoTags.note(source, "Nunjucks control flow ({% " + name + " %}) is shown as written."));
        } else if (depth >= MAX_DEPTH) {
            out.append(broken(source, "tags nested too deep"));
        } else {
            out.append(call(name, args, render(rawBody, depth + 1), source));
        }
        return end[1];
    }

    private String call(String name, String args, String body, String source) {
        try {
            return tags.run(name, TagArgs.split(args), body, source, this);
        } catch (RuntimeException e) {
            return broken(source, "the tag failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Markdown inside a tag, rendered by the blog's renderer (for note, blockquote, pullquote). */
    String broken(String source, String why) {
        post.note("Hexo would stop at " + oneLine(source) + ": " + why + ". The preview shows the tag as text.");
        return HexoTags.note(source, "Hexo would stop here: " + why + ".");
    }

    private static String oneLine(String s) {
        String first = s.strip().lines().findFirst().orElse("");
        return first.length() > 80 ? first.substring(0, 80) + "..." : first;
    }

    /** {@code {{ a.b }}}: the front matter value, empty when it is not there or not a plain name. */
    private String variable(String expr) {
        if (!PATH.matcher(expr).matches()) {
            return "";
        }
        Object v = post.page();
        for (String part : expr.split("\\.")) {
            v = v instanceof Map<?, ?> m ? m.get(part) : null;
        }
        if (v instanceof Collection<?> c) {
            return String.join(",", c.stream().map(String::valueOf).toList());
        }
        return v == null || v instanceof Map<?, ?> ? "" : v.toString();
    }

    private static int closeOf(String s, int from) {
        char quote = 0;
        for (int i = from; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            } else if (c == '%' && s.charAt(i + 1) == '}' && quote == 0) {
                return i;
            }
        }
        return s.indexOf("%}", from);
    }

    private static String trimControl(String inner) {
        String s = inner;
        if (s.startsWith("-")) {
            s = s.substring(1);
        }
        if (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static boolean hasEnd(String text, int from, String name) {
        return !name.isEmpty() && endTag(text, from, name) != null;
    }

    /** [start, end) of the end tag matching a block opened before {@code from}, nesting counted; null when missing. */
    private static int[] endTag(String text, int from, String name) {
        int depth = 0;
        for (int i = text.indexOf("{%", from); i >= 0; i = text.indexOf("{%", i + 2)) {
            int close = closeOf(text, i + 2);
            if (close < 0) {
                return null;
            }
            String word = firstWord(trimControl(text.substring(i + 2, close)));
            if (word.equals(name) && !name.equals("raw") && !name.equals("verbatim")) {
                depth++;
            } else if (word.equals("end" + name)) {
                if (depth == 0) {
                    return new int[] {i, close + 2};
                }
                depth--;
            }
        }
        return null;
    }

    /** The Markdown renderer of the blog, for tags that render their body. */
    String markdown(String text) {
        return tags.markdown(text);
    }

    HexoPostContext post() {
        return post;
    }
}
