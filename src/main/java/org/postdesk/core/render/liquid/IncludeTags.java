package org.postdesk.core.render.liquid;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.render.TemplateSupport;

/**
 * {@code {% include FILE key=value ... %}} from the blog's {@code _includes/} and
 * {@code {% include_relative FILE %}} from the post's folder, rendered with Liquid here (they see
 * and set the including text's variables, and {@code include.key}); a file that cannot be read
 * leaves a visible placeholder. Every line an include makes maps to the tag's line.
 */
final class IncludeTags {

    /** Jekyll's include parameters: {@code key="value"}, {@code key='value'} or {@code key=variable}. */
    private static final Pattern PARAM = Pattern.compile(
            "([\\w-]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|([\\w.\\[\\]-]+))");
    /** The characters Jekyll allows in an include's file name. */
    private static final Pattern FILE_NAME = Pattern.compile("[\\w/.\\-()+~#@]+");

    private IncludeTags() {
    }

    static int include(Render r, int b, int end, String name, String args) {
        int nameEnd = 0;
        while (nameEnd < args.length() && !Character.isWhitespace(args.charAt(nameEnd))) {
            if (args.startsWith("{{", nameEnd)) {
                int close = args.indexOf("}}", nameEnd + 2);
                nameEnd = close < 0 ? args.length() : close + 2;
            } else {
                nameEnd++;
            }
        }
        String file = args.substring(0, nameEnd);
        String params = args.substring(nameEnd);
        if (file.contains("{{")) {
            Optional<String> resolved = resolveName(r, file);
            if (resolved.isEmpty()) {
                return placeholder(r, b, end, name, args, "its file name " + file + " could not be read");
            }
            file = resolved.get();
        }
        if (file.isEmpty()) {
            return r.error(b, end, "{% " + name + " %} names no file; nothing was included.");
        }
        if (!FILE_NAME.matcher(file).matches() || file.startsWith("/") || file.contains("..")
                || file.contains("./") || file.contains("//")) {
            return r.error(b, end, "{% " + name + " " + file + " %}: the file name has characters or a path "
                    + "Jekyll refuses (.., ./, // or a leading /); nothing was included.");
        }
        String path;
        if (name.equals("include")) {
            Object dir = r.context.site().get("includes_dir");
            String includes = dir instanceof String d && !d.isBlank() ? d.strip() : "_includes";
            path = includes.replaceAll("^/+|/+$", "") + "/" + file;
        } else {
            Object page = r.context.page().get("path");
            if (!(page instanceof String p) || p.isBlank()) {
                return placeholder(r, b, end, name, args, "the post is not saved in the blog yet, so "
                        + file + " has no folder to be read from");
            }
            int slash = p.lastIndexOf('/');
            path = (slash < 0 ? "" : p.substring(0, slash + 1)) + file;
        }
        Session session = r.session;
        if (session.including.contains(path)) {
            return r.error(b, end, "{% " + name + " " + file + " %} includes itself through " + path
                    + "; it is included once.");
        }
        if (session.including.size() >= LiquidLite.MAX_INCLUDE_DEPTH) {
            return r.error(b, end, "{% " + name + " " + file + " %} is nested more than "
                    + LiquidLite.MAX_INCLUDE_DEPTH + " includes deep; it is left out.");
        }
        if (!session.include()) {
            return r.error(b, end, "{% " + name + " " + file + " %}: this post has already included "
                    + LiquidLite.MAX_INCLUDES + " files, as many as the preview renders; it is left out.");
        }
        Optional<String> source = r.context.links().include(path);
        if (source.isEmpty()) {
            return placeholder(r, b, end, name, args, name.equals("include")
                    ? file + " is not in the blog's " + path.substring(0, path.length() - file.length()) + " folder"
                    : path + " is not in the blog");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Matcher p = PARAM.matcher(params);
        try {
            while (p.find()) {
                Object v = p.group(2) != null ? p.group(2).replace("\\\"", "\"")
                        : p.group(3) != null ? p.group(3).replace("\\'", "'")
                        : Expressions.value(p.group(4), session);
                values.put(p.group(1), v);
            }
        } catch (LiquidException ex) {
            return r.error(b, end, "{% " + name + " " + args + " %}: " + ex.getMessage() + "; nothing was included.");
        }
        int line = r.out.lineAt(b);
        Render inner = new Render(source.get(), session);
        boolean framed = !values.isEmpty();
        if (framed) {
            session.loops.push(Map.of("include", values));
        }
        session.including.add(path);
        String rendered;
        try {
            rendered = inner.renderWhole();
        } finally {
            session.including.remove(session.including.size() - 1);
            if (framed) {
                session.loops.pop();
            }
        }
        for (String note : inner.notes) {
            r.notes.add("In " + path + " (included on line " + (line + 1) + "): " + note);
        }
        r.out.replace(b, end, rendered, true);
        return end;
    }

    /** The file name with its {@code {{ }}} parts evaluated, or empty when one cannot be. */
    private static Optional<String> resolveName(Render r, String file) {
        StringBuilder resolved = new StringBuilder();
        int i = 0;
        while (i < file.length()) {
            int open = file.indexOf("{{", i);
            int close = open < 0 ? -1 : file.indexOf("}}", open + 2);
            if (close < 0) {
                resolved.append(file, i, file.length());
                break;
            }
            resolved.append(file, i, open);
            Optional<String> v = Expressions.evaluate(file.substring(open + 2, close), r.context, r.session);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            resolved.append(v.get().strip());
            i = close + 2;
        }
        return Optional.of(resolved.toString());
    }

    private static int placeholder(Render r, int b, int end, String name, String args, String why) {
        String label = TemplateSupport.escapeHtml(name + " " + args.replaceAll("\\s+", " "));
        r.out.replace(b, end, "<span class=\"pd-include\" title=\"Jekyll include: " + TemplateSupport.escapeHtml(why)
                + "\">" + label + "</span>");
        return end;
    }
}
