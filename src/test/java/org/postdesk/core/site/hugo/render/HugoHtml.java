package org.postdesk.core.site.hugo.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Puts Hugo's HTML and the preview's in one form, so that what is left between them is a real
 * difference: jsoup's serialization, attributes in name order, whitespace runs in text as one
 * space and whitespace beside block tags dropped (never inside {@code pre}), HTML comments dropped
 * (the preview's sanitizer drops Goldmark's {@code <!-- raw HTML omitted -->}), the preview's own
 * marks removed ({@code data-line}, {@code data-pd-*}, {@code pd-*} classes other than the
 * shortcode placeholders', a marked element's note in {@code title}) and the site folder's
 * {@code file:} URL written as {@code /}.
 */
final class HugoHtml {

    private static final Set<String> RAW = Set.of("pre", "code", "textarea", "script", "style");

    private HugoHtml() {
    }

    static String normalise(String html, String siteRoot) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        for (Element e : body.getAllElements()) {
            if (e != body) {
                attributes(e, siteRoot);
            }
        }
        clean(body);
        return body.html().strip();
    }

    private static boolean placeholderClass(String c) {
        return c.startsWith("pd-shortcode");
    }

    private static void attributes(Element e, String siteRoot) {
        boolean marked = List.of(e.attr("class").split("\\s+")).stream()
                .anyMatch(c -> c.startsWith("pd-") && !placeholderClass(c));
        List<Attribute> kept = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            String key = a.getKey();
            if (key.equals("data-line") || key.startsWith("data-pd-") || marked && key.equals("title")) {
                continue;
            }
            String value = a.getValue().replace(siteRoot, "/");
            if (key.equals("class")) {
                value = String.join(" ", List.of(value.split("\\s+")).stream()
                        .filter(c -> !c.isEmpty() && (!c.startsWith("pd-") || placeholderClass(c))).toList());
                if (value.isEmpty()) {
                    continue;
                }
            }
            kept.add(new Attribute(key, value));
        }
        kept.sort(Comparator.comparing(Attribute::getKey));
        for (Attribute a : new ArrayList<>(e.attributes().asList())) {
            e.removeAttr(a.getKey());
        }
        kept.forEach(a -> e.attr(a.getKey(), a.getValue()));
    }

    private static void clean(Element parent) {
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (child instanceof Comment) {
                child.remove();
            }
        }
        if (RAW.contains(parent.normalName())) {
            return;
        }
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (child instanceof TextNode text) {
                String collapsed = text.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ");
                if (collapsed.isBlank() && (nextToBlock(text.previousSibling()) || nextToBlock(text.nextSibling()))) {
                    text.remove();
                } else {
                    text.text(collapsed);
                }
            } else if (child instanceof Element e) {
                clean(e);
            }
        }
    }

    private static boolean nextToBlock(Node sibling) {
        return sibling == null || sibling instanceof Element e && e.isBlock();
    }
}
