package org.postdesk.ui.shell;

import java.util.function.Function;

/**
 * Interim renderer until the core render pipeline is wired: shows the body as escaped
 * paragraphs (blank lines separate them), so the preview already follows the text.
 */
public final class PlainTextRenderer implements Function<String, String> {

    @Override
    public String apply(String text) {
        StringBuilder html = new StringBuilder(text.length() + 64);
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>");
            escapeInto(paragraph.strip(), html);
            html.append("</p>\n");
        }
        return html.toString();
    }

    static void escapeInto(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
    }
}
