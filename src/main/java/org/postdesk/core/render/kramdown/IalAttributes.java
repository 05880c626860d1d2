package org.postdesk.core.render.kramdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.postdesk.core.render.html.CssUrls;

/**
 * Attributes that kramdown adds to an element: from an inline attribute list ({@code {: .cls
 * #id key="value"}}) or an automatic heading id. Kept in the tree as an empty child node of the
 * element it belongs to, so the shared renderer needs no per-render state; it renders nothing.
 */
public final class IalAttributes extends CustomNode {

    /** The reference name kramdown uses for a table of contents ({@code {:toc}}). */
    static final String TOC = "toc";

    /** Writes nothing: the attributes are written by the element they belong to. */
    static final NodeRenderer RENDERER = new NodeRenderer() {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(IalAttributes.class);
        }

        @Override
        public void render(Node node) {
            // nothing
        }
    };

    final Map<String, String> attributes = new LinkedHashMap<>();
    boolean toc;

    /** The attributes node of {@code node}, or null. */
    public static IalAttributes of(Node node) {
        for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) {
            if (c instanceof IalAttributes a) {
                return a;
            }
            if (!(c instanceof CustomNode)) {
                return null;
            }
        }
        return null;
    }

    /** The attributes node of {@code node}, created (as its last child) when missing. */
    public static IalAttributes on(Node node) {
        IalAttributes a = of(node);
        if (a == null) {
            a = new IalAttributes();
            node.appendChild(a);
        }
        return a;
    }

    /**
     * Parses the inside of {@code {: ...}} ({@code .cls}, {@code #id}, {@code key="v"},
     * {@code key='v'}, a bare name as a reference) into this node, as kramdown does: classes add
     * up, everything else replaces.
     */
    IalAttributes parse(String list) {
        int i = 0;
        int n = list.length();
        while (i < n) {
            char c = list.charAt(i);
            if (Character.isWhitespace(c) || c == ':') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(list.charAt(i)) && list.charAt(i) != '=') {
                i++;
            }
            String word = list.substring(start, i);
            if (i < n && list.charAt(i) == '=' && i + 1 < n && (list.charAt(i + 1) == '"' || list.charAt(i + 1) == '\'')) {
                char q = list.charAt(i + 1);
                int end = list.indexOf(q, i + 2);
                end = end < 0 ? n : end;
                put(word, list.substring(i + 2, end));
                i = end + 1;
            } else if (c == '.' && word.length() > 1) {
                addClass(word.substring(1));
            } else if (c == '#' && word.length() > 1) {
                attributes.put("id", word.substring(1));
            } else if (word.equals(TOC)) {
                toc = true;
            }
        }
        return this;
    }

    /** Sets an attribute the renderer itself adds (not from the post). */
    public void setOwn(String key, String value) {
        attributes.put(key, value);
    }

    /** An attribute's value, or null (the URL pass's mark is read back by the pipeline's writer under any flavour). */
    public String get(String key) {
        return attributes.get(key);
    }

    private void put(String key, String value) {
        if (key.equals("class")) {
            addClass(value);
        } else if (isSafeName(key)) {
            attributes.put(key, key.equalsIgnoreCase("style") ? CssUrls.rewrite(value, CssUrls::webOrDataOnly) : value);
        }
    }

    /**
     * Attribute lists bypass the HTML sanitizer, so they may not add event handlers, frames'
     * documents or URLs (a link's or image's own URL is checked where it is written).
     */
    static boolean isSafeName(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.isEmpty() || k.startsWith("on") || k.equals("srcdoc") || k.equals("href") || k.equals("src")
                || k.equals("srcset") || k.equals("action") || k.equals("formaction") || k.equals("xlink:href")
                || k.equals("background") || k.equals("poster") || k.equals("data") || k.equals("lowsrc")
                || k.equals("dynsrc") || k.equals("ping")) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9' && i > 0) || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    void addClass(String cls) {
        attributes.merge("class", cls, (a, b) -> a + " " + b);
    }

    /** Merges these attributes into what the renderer is about to write (classes add up). */
    void applyTo(Map<String, String> target) {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey().equals("class") && target.containsKey("class")) {
                target.put("class", target.get("class") + " " + e.getValue());
            } else {
                target.put(e.getKey(), e.getValue());
            }
        }
    }
}
