package org.postdesk.core.convert;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** {@code pre} blocks as fenced code, keeping every space and line of the code. */
final class CodeBlocks {
    private static final Pattern LANGUAGE = Pattern.compile("(?:^|\\s)(?:language|lang)-([\\w+#.-]+)");
    private static final Pattern BRUSH = Pattern.compile("brush:\\s*([\\w+#-]+)");

    private CodeBlocks() {
    }

    static String fenced(Element pre) {
        StringBuilder code = new StringBuilder();
        collect(pre, code);
        String text = code.toString().replace('\u00A0', ' ').replace("\r\n", "\n");
        while (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        while (text.startsWith("\n")) {
            text = text.substring(1);
        }
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language(pre) + "\n" + text + "\n" + fence;
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                    continue;
                }
                if (HtmlToMarkdown.SKIPPED.contains(tag)) {
                    continue;
                }
                collect(e, out);
                if ((tag.equals("p") || tag.equals("div") || tag.equals("li") || tag.equals("tr"))
                        && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        }
    }

    private static String language(Element pre) {
        for (Element e : new Element[] {pre, pre.selectFirst("code")}) {
            if (e == null) {
                continue;
            }
            Matcher m = LANGUAGE.matcher(e.className());
            if (m.find()) {
                return m.group(1);
            }
            m = BRUSH.matcher(e.className());
            if (m.find()) {
                return m.group(1);
            }
            String lang = e.attr("data-lang");
            if (lang.matches("[\\w+#-]+")) {
                return lang;
            }
        }
        return "";
    }
}
