package org.postdesk.core.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Recognises SVG as XML text whose root element is {@code svg}, with a plain scan (no XML
 * parser, so no entity expansion or external fetches). SVG may carry scripts; it is copied as
 * is, and {@link #hasActiveContent} lets the importer say so (the preview sanitizes it).
 */
final class SvgCheck {
    private static final int HEAD = 64 * 1024;
    private static final Pattern CLOSING_ROOT = Pattern.compile("</\\s*([A-Za-z_][\\w.-]*:)?svg\\s*>\\s*$");
    private static final Pattern SELF_CLOSED_ROOT = Pattern.compile("/>\\s*$");
    private static final Pattern ACTIVE = Pattern.compile(
            "<([A-Za-z_][\\w.-]*:)?script\\b|\\son[a-z]+\\s*=|javascript:|<foreignObject\\b", Pattern.CASE_INSENSITIVE);

    private SvgCheck() {
    }

    /** Whether the bytes start (after a BOM and white space) with {@code <}. */
    static boolean looksLikeMarkup(byte[] head) {
        int i = startsWithBom(head) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < head.length && head[i] == '<';
    }

    static void inspect(ImageBytes bytes, String name) throws IOException, RefusalException {
        byte[] head = bytes.read(0, HEAD);
        String text = new String(head, StandardCharsets.UTF_8);
        String root = rootElement(text.startsWith("\uFEFF") ? text.substring(1) : text);
        String local = root == null ? null : root.substring(root.indexOf(':') + 1);
        if (!"svg".equals(local)) {
            throw new RefusalException(ImageSniffer.quote(name) + " is text markup"
                    + (root == null ? "" : " (its first element is <" + root + ">)")
                    + ", not an SVG image, which Postdesk recognises by its <svg> root element.");
        }
        String tail = new String(ImageSniffer.tail(bytes), StandardCharsets.UTF_8);
        if (!CLOSING_ROOT.matcher(tail).find() && !(bytes.size() <= HEAD && SELF_CLOSED_ROOT.matcher(tail).find())) {
            throw ImageSniffer.truncated(name, "SVG");
        }
    }

    /** Whether an SVG's text contains scripts, event handlers, javascript: links or embedded HTML. */
    static boolean hasActiveContent(byte[] svg) {
        return ACTIVE.matcher(new String(svg, StandardCharsets.UTF_8)).find();
    }

    /** The qualified name of the first element, skipping the XML declaration, comments and DOCTYPE. */
    static String rootElement(String text) {
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                int bracket = text.indexOf('[', i);
                int close = text.indexOf('>', i);
                i = bracket >= 0 && (close < 0 || bracket < close) ? after(text, "]>", i) : after(text, ">", i);
            } else if (text.startsWith("<", i)) {
                int end = i + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && "/>".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                return end > i + 1 ? text.substring(i + 1, end) : null;
            } else {
                return null;
            }
            if (i < 0) {
                return null;
            }
        }
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static boolean startsWithBom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

}
