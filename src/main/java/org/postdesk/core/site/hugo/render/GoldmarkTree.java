package org.postdesk.core.site.hugo.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * What Goldmark (and Hugo around it) does that commonmark-java's parse does not, as steps over the
 * parsed tree, in this order: raw HTML omitted unless {@code unsafe} (Goldmark writes
 * {@code <!-- raw HTML omitted -->}); shortcode placeholders back to their HTML (after the
 * omission: Hugo puts them back after Goldmark); headings' {@code {#id .class}} and ids
 * ({@link HeadingIds}); block attributes; definition lists; linkify and typographer
 * ({@link GoldmarkText}); footnotes ({@link GoldmarkFootnotes}). One instance per parse.
 */
final class GoldmarkTree {

    static final String OMITTED = "<!-- raw HTML omitted -->";

    private final HugoMarkup markup;
    private final List<Node> texts = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Node> raw = new ArrayList<>();
    private final List<Node> destinations = new ArrayList<>();

    GoldmarkTree(HugoMarkup markup) {
        this.markup = markup;
    }

    void apply(Node document) {
        collect(document);
        if (markup.typographer()) {
            guillemets();
        }
        for (Node n : raw) {
            omitOrKeep(n);
        }
        for (Paragraph p : paragraphs) {
            placeholders(p);
        }
        for (Node t : new ArrayList<>(texts)) {
            if (t.getParent() != null && t instanceof Text text && Placeholders.mayContain(text.getLiteral())) {
                splitTokens(text);
            }
        }
        if (markup.blockAttributes()) {
            for (Paragraph p : paragraphs) {
                if (p.getParent() != null) {
                    GoldmarkAttributes.blockAttributes(p);
                }
            }
        }
        if (markup.definitionList()) {
            for (Paragraph p : paragraphs) {
                if (p.getParent() != null) {
                    DefinitionLists.apply(p);
                }
            }
        }
        HeadingIds ids = new HeadingIds(markup.asciiIds());
        for (Heading h : headings) {
            if (markup.titleAttributes()) {
                GoldmarkAttributes.headingAttributes(h);
            }
            if (markup.autoHeadingId()) {
                ids.assign(h);
            }
        }
        if (markup.linkify() || markup.typographer()) {
            GoldmarkText text = new GoldmarkText(markup);
            for (Node t : texts) {
                if (t.getParent() != null && t instanceof Text tx) {
                    text.apply(tx);
                }
            }
        }
        if (markup.footnote()) {
            GoldmarkFootnotes.apply(document);
        }
        for (Node n : destinations) {
            if (n instanceof Link l) {
                l.setDestination(urlEscape(l.getDestination()));
            } else if (n instanceof org.commonmark.node.Image i) {
                i.setDestination(urlEscape(i.getDestination()));
            }
        }
    }

    /**
     * A link's or image's URL as Goldmark writes it (its util.URLEscape): characters outside
     * ASCII's URL set percent-encoded as UTF-8, a space as {@code %20}, existing {@code %XX} kept.
     */
    static String urlEscape(String url) {
        if (url == null) {
            return null;
        }
        boolean plain = true;
        for (int i = 0; i < url.length() && plain; i++) {
            plain = safe(url.charAt(i));
        }
        if (plain) {
            return url;
        }
        StringBuilder sb = new StringBuilder(url.length() + 16);
        byte[] bytes = url.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte b : bytes) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && safe(c)) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean safe(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || "-_.!~*'();/?:@&=+$,#%[]".indexOf(c) >= 0);
    }

    private void collect(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text) {
                texts.add(c);
            } else if (c instanceof HtmlBlock || c instanceof HtmlInline) {
                raw.add(c);
            } else if (c instanceof Heading h) {
                headings.add(h);
            } else if (c instanceof Paragraph p) {
                paragraphs.add(p);
            } else if (c instanceof Link || c instanceof org.commonmark.node.Image) {
                destinations.add(c);
            }
            if (!(c instanceof Code)) {
                collect(c);
            }
        }
    }

    /**
     * {@code <<word>>}: Goldmark's typographer reads {@code <<} before raw HTML does, so the
     * {@code <word>} commonmark-java took for an inline tag is text again.
     */
    private void guillemets() {
        for (java.util.Iterator<Node> it = raw.iterator(); it.hasNext();) {
            if (it.next() instanceof HtmlInline h && h.getPrevious() instanceof Text before
                    && before.getLiteral().endsWith("<") && h.getNext() instanceof Text after
                    && after.getLiteral().startsWith(">")) {
                before.setLiteral(before.getLiteral() + h.getLiteral() + after.getLiteral());
                after.unlink();
                h.unlink();
                texts.remove(after);
                it.remove();
            }
        }
    }

    /** Raw HTML omitted unless {@code unsafe}; kept raw HTML gets its placeholders back (Hugo replaces them in the HTML). */
    private void omitOrKeep(Node n) {
        if (markup.unsafe()) {
            if (n instanceof HtmlBlock b && Placeholders.mayContain(b.getLiteral())) {
                b.setLiteral(Placeholders.expand(b.getLiteral()));
            } else if (n instanceof HtmlInline i && Placeholders.mayContain(i.getLiteral())) {
                i.setLiteral(Placeholders.expand(i.getLiteral()));
            }
            return;
        }
        if (n instanceof HtmlBlock b) {
            b.setLiteral(OMITTED + "\n");
        } else if (n instanceof HtmlInline i) {
            i.setLiteral(OMITTED);
        }
    }

    /** A paragraph that is only a placeholder becomes the HTML block it stands for (Hugo drops that {@code <p>}). */
    private static void placeholders(Paragraph p) {
        Node only = p.getFirstChild();
        if (only == null || only.getNext() != null || !(only instanceof Text t)) {
            return;
        }
        String s = t.getLiteral();
        Matcher m = Placeholders.TOKEN.matcher(s);
        if (!m.matches()) {
            return;
        }
        HtmlBlock block = new HtmlBlock();
        block.setLiteral(Placeholders.html(m.group(1)));
        block.setSourceSpans(p.getSourceSpans());
        p.insertBefore(block);
        p.unlink();
    }

    /** Text with placeholders: the text around them, and inline HTML for each. */
    private void splitTokens(Text text) {
        String s = text.getLiteral();
        Matcher m = Placeholders.TOKEN.matcher(s);
        int last = 0;
        boolean any = false;
        while (m.find()) {
            any = true;
            if (m.start() > last) {
                Text before = new Text(s.substring(last, m.start()));
                text.insertBefore(before);
                texts.add(before);
            }
            HtmlInline html = new HtmlInline();
            html.setLiteral(Placeholders.html(m.group(1)));
            text.insertBefore(html);
            last = m.end();
        }
        if (!any) {
            return;
        }
        if (last < s.length()) {
            text.setLiteral(s.substring(last));
        } else {
            text.unlink();
        }
    }

    /** True when {@code node} sits in a link (linkify leaves those alone). */
    static boolean inLink(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Link) {
                return true;
            }
        }
        return false;
    }

    /** Attributes a Goldmark rule adds to an element, kept as an empty last child that writes nothing. */
    static final class Attributes extends CustomNode {
        final java.util.LinkedHashMap<String, String> values = new java.util.LinkedHashMap<>();

        static Attributes of(Node node) {
            for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) {
                if (c instanceof Attributes a) {
                    return a;
                }
                if (!(c instanceof CustomNode)) {
                    return null;
                }
            }
            return null;
        }

        static Attributes on(Node node) {
            Attributes a = of(node);
            if (a == null) {
                a = new Attributes();
                node.appendChild(a);
            }
            return a;
        }

        void put(String key, String value) {
            if (key.equals("class") && values.containsKey("class")) {
                values.put("class", values.get("class") + " " + value);
            } else {
                values.put(key, value);
            }
        }
    }
}
