package org.postdesk.core.frontmatter;

/** TOML string syntax: reading escapes in keys, writing values in the style they had. */
final class TomlText {

    private TomlText() {
    }

    /** The text of a basic string's inside, escapes resolved (invalid escapes kept as written). */
    static String unescape(String inner) {
        StringBuilder sb = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\' || i + 1 >= inner.length()) {
                sb.append(c);
                continue;
            }
            char e = inner.charAt(++i);
            switch (e) {
                case 'b' -> sb.append('\b');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'f' -> sb.append('\f');
                case 'r' -> sb.append('\r');
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    if (i + n < inner.length() + 0 && inner.substring(i + 1, i + 1 + n).matches("[0-9a-fA-F]+")) {
                        sb.appendCodePoint(Integer.parseInt(inner.substring(i + 1, i + 1 + n), 16));
                        i += n;
                    } else {
                        sb.append('\\').append(e);
                    }
                }
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    /** {@code value} as a TOML basic string {@code "..."}. */
    static String basic(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** True when {@code value} can be written as a literal string {@code '...'}. */
    static boolean fitsLiteral(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c < 0x20 && c != '\t' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code value} can be written as a multi-line literal string {@code '''...'''}. */
    static boolean fitsMultiLineLiteral(String value) {
        if (value.contains("'''") || value.endsWith("'")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n';
            if (c < 0x20 && c != '\t' && !lineEnd || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** {@code value} as a multi-line basic string body (without the quotes): line feeds stay, the rest as in {@link #basic}. */
    static String multiLineBasicBody(String value) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String part : value.split("\n", -1)) {
            String b = basic(part);
            lines.add(b.substring(1, b.length() - 1));
        }
        return String.join("\n", lines);
    }
}
