package org.postdesk.core.site.hugo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a page's {@code draft} flag in its own front-matter form, TOML ({@code +++}), YAML
 * ({@code ---}) or JSON ({@code { }}), by changing that value's text only: every other byte,
 * byte-order marks, line endings and comments included, stays (docs/decisions/0040). A page
 * without the key gets one line when it becomes a draft and nothing when it is published.
 */
final class HugoDraftFlag {
    private static final Pattern TOML_DRAFT = Pattern.compile("^([ \\t]*draft[ \\t]*=[ \\t]*)(true|false)(?=[ \\t]*(#.*)?$)");
    private static final Pattern YAML_DRAFT = Pattern.compile(
            "^(draft[ \\t]*:[ \\t]*)(true|false|True|False|TRUE|FALSE|yes|no|\"true\"|\"false\"|'true'|'false')(?=[ \\t]*(#.*)?$)");
    private static final Pattern JSON_DRAFT = Pattern.compile("\"draft\"\\s*:\\s*(true|false)");

    private HugoDraftFlag() {
    }

    /** The text with {@code draft} set; empty when it has no front matter to hold the flag. */
    static Optional<String> set(String text, boolean draft) {
        int start = 0;
        while (text.startsWith("\uFEFF", start)) {
            start++;
        }
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        if (text.startsWith("+++", start) && blankTo(text, start + 3)) {
            return fenced(text, start, "+++", TOML_DRAFT, "draft = " + draft, draft, nl);
        }
        if (text.startsWith("---", start) && blankTo(text, start + 3)) {
            return fenced(text, start, "---", YAML_DRAFT, "draft: " + draft, draft, nl);
        }
        if (text.startsWith("{", start)) {
            return json(text, start, draft, nl);
        }
        return Optional.empty();
    }

    /** True when only spaces follow {@code at} up to the end of its line. */
    private static boolean blankTo(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private static Optional<String> fenced(String text, int start, String fence, Pattern key, String newLine,
            boolean draft, String nl) {
        int lineStart = text.indexOf('\n', start);
        if (lineStart < 0) {
            return Optional.empty();
        }
        lineStart++;
        int insertAt = -1;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            String line = text.substring(lineStart, lineEnd);
            String bare = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (bare.stripTrailing().equals(fence) || (fence.equals("---") && bare.stripTrailing().equals("..."))) {
                if (insertAt < 0) {
                    insertAt = lineStart;
                }
                break;
            }
            Matcher m = key.matcher(bare);
            if (m.find() && insertAt < 0) {
                String value = m.group(2);
                String wanted = quoted(value) ? value.charAt(0) + Boolean.toString(draft) + value.charAt(0)
                        : Boolean.toString(draft);
                return Optional.of(text.substring(0, lineStart + m.start(2)) + wanted
                        + text.substring(lineStart + m.end(2)));
            }
            if (fence.equals("+++") && bare.stripLeading().startsWith("[") && insertAt < 0) {
                insertAt = lineStart; // keys after a table header belong to the table
            }
            if (end < 0) {
                return Optional.empty(); // never closed
            }
            lineStart = end + 1;
        }
        if (insertAt < 0) {
            return Optional.empty();
        }
        return Optional.of(draft ? text.substring(0, insertAt) + newLine + nl + text.substring(insertAt) : text);
    }

    private static boolean quoted(String value) {
        return value.startsWith("\"") || value.startsWith("'");
    }

    /** A JSON object front matter: {@code "draft": x} at its top level set, or added after the brace. */
    private static Optional<String> json(String text, int start, boolean draft, String nl) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                if (depth == 1) {
                    Matcher m = JSON_DRAFT.matcher(text).region(i, text.length());
                    if (m.lookingAt()) {
                        return Optional.of(text.substring(0, m.start(1)) + draft + text.substring(m.end(1)));
                    }
                }
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    if (!draft) {
                        return Optional.of(text);
                    }
                    boolean empty = text.substring(start + 1, i).isBlank();
                    return Optional.of(text.substring(0, start + 1) + nl + "  \"draft\": true" + (empty ? "" : ",")
                            + (empty ? nl : "") + text.substring(start + 1));
                }
            }
        }
        return Optional.empty();
    }
}
