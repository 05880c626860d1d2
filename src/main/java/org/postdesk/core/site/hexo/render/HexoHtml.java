package org.postdesk.core.site.hexo.render;

import java.util.Map;
import org.postdesk.core.render.TemplateSupport;

/** HTML text helpers for the tag outputs (hexo-util's escapeHTML and htmlTag, written for our needs). */
final class HexoHtml {

    private HexoHtml() {
    }

    /** Text escaped for an element's content or a quoted attribute; {@code '} too, as hexo-util writes it. */
    static String escape(String s) {
        return s == null ? "" : TemplateSupport.escapeHtml(s).replace("'", "&#39;");
    }

    /** An attribute value: only the quote and the ampersand need escaping (keeps {@code %XX} as written). */
    static String attr(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /**
     * A start tag with the attributes that have a value (empty and null values are left out, {@code true}
     * is a bare attribute), then {@code content} and the end tag when content is not null; as hexo-util's htmlTag.
     */
    static String tag(String name, Map<String, ?> attrs, String content) {
        StringBuilder out = new StringBuilder("<").append(name);
        for (Map.Entry<String, ?> e : attrs.entrySet()) {
            Object v = e.getValue();
            if (v == null || v.toString().isEmpty() || Boolean.FALSE.equals(v)) {
                continue;
            }
            out.append(' ').append(e.getKey());
            if (!Boolean.TRUE.equals(v)) {
                out.append("=\"").append(attr(v.toString())).append('"');
            }
        }
        out.append('>');
        if (content != null) {
            out.append(content).append("</").append(name).append('>');
        }
        return out.toString();
    }
}
