package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Puts Jekyll's HTML and the preview's in one form, so that what is left between them is a real
 * difference: one serialization (jsoup's: {@code <br>} for {@code <br />}, one quoting, one
 * spelling of entities), attributes in name order, runs of whitespace in text as one space and
 * whitespace between block tags dropped (never inside {@code pre}), the attributes and classes
 * only the preview adds removed ({@code data-line}, {@code data-pd-*}, the {@code pd-*} marks and
 * the note a marked element carries as its {@code title}), and the blog folder's {@code file:}
 * URL prefix written as the site's {@code baseurl/}, as the site serves it.
 */
final class JekyllHtml {

    private static final Set<String> RAW = Set.of("pre", "code", "textarea", "script", "style");

    private JekyllHtml() {
    }

    /** @param siteRoot what the blog folder's {@code file:} URL stands for on the site ({@code baseurl/}) */
    static String normalise(String html, String blogRoot, String siteRoot) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        for (Element e : body.getAllElements()) {
            if (e != body) {
                attributes(e, blogRoot, siteRoot);
            }
        }
        whitespace(body);
        return body.html().strip();
    }

    private static void attributes(Element e, String blogRoot, String siteRoot) {
        boolean marked = List.of(e.attr("class").split("\\s+")).stream().anyMatch(c -> c.startsWith("pd-"));
        List<Attribute> kept = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            String key = a.getKey();
            if (key.equals("data-line") || key.startsWith("data-pd-") || marked && key.equals("title")) {
                continue;
            }
            String value = a.getValue().replace(blogRoot, siteRoot);
            if (key.equals("class")) {
                value = String.join(" ", List.of(value.split("\\s+")).stream()
                        .filter(c -> !c.isEmpty() && !c.startsWith("pd-")).toList());
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

    private static void whitespace(Element parent) {
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
                whitespace(e);
            }
        }
    }

    /** True at the edge of a parent (null) or beside a block element: whitespace there shows nothing. */
    private static boolean nextToBlock(Node sibling) {
        return sibling == null || sibling instanceof Element e && e.isBlock();
    }
}
