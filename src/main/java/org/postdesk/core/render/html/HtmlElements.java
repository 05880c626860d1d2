package org.postdesk.core.render.html;

import java.util.Set;

/**
 * The one table of HTML element facts the render pipeline reads: which elements have no
 * content, which hold text instead of tags. Every scanner of HTML in core.render
 * ({@code HtmlScanner}, {@code KramdownHtml}, {@code RawHtmlWriter}, {@link PreviewBlocks}) takes
 * its lists from here (docs/decisions/0027 lists how their own lists used to disagree).
 *
 * <p>The facts are the HTML standard's (WHATWG HTML, "13.1.2 Elements" and the tree construction
 * rules of "13.2.6"). Where a reader must not follow the standard, the exception is a separate,
 * named set below with the reason beside it, never an edit of the standard's sets.
 */
public final class HtmlElements {

    /**
     * The void elements of the HTML standard: they have no content and no end tag
     * ({@code <br>}, {@code <img>}...).
     */
    public static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    /**
     * Start tags a browser's parser never leaves open: {@link #VOID} plus the obsolete elements the
     * tree construction rules also insert and pop at once ({@code basefont}, {@code bgsound},
     * {@code frame}, {@code keygen}, {@code param}) and {@code image}, which the parser reads as
     * {@code img}. What a reader that follows the parser (where one element ends) must use.
     */
    public static final Set<String> PARSER_VOID = union(VOID, Set.of("basefont", "bgsound", "frame", "image",
            "keygen", "param"));

    /**
     * Elements whose content the parser reads as text up to their end tag, no tags inside: the
     * standard's raw text elements ({@code script}, {@code style}), escapable raw text elements
     * ({@code textarea}, {@code title}), the elements the tokenizer switches to RAWTEXT for
     * ({@code xmp}, {@code iframe}, {@code noembed}, {@code noframes}, and {@code noscript}, since
     * the preview runs with scripting on), and {@code plaintext}, whose text never ends: a reader
     * checks {@link #PLAINTEXT} before looking for an end tag.
     */
    public static final Set<String> TEXT_CONTENT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "noscript", "plaintext");

    /** The element whose text runs to the end of the document: no end tag closes it. */
    public static final String PLAINTEXT = "plaintext";

    /**
     * Exception, kramdown's rule and not the standard's: the elements kramdown 2.4 reads without a
     * body when a line of HTML starts with them (its {@code HTML_ELEMENTS_WITHOUT_BODY}), so the
     * HTML block ends on that line. Against {@link #PARSER_VOID} it has the withdrawn
     * {@code command} and lacks {@code basefont}, {@code bgsound}, {@code frame} and
     * {@code image}: for those, kramdown looks for an end tag. {@code KramdownHtml} follows
     * kramdown here, because the preview shows what Jekyll builds.
     */
    public static final Set<String> KRAMDOWN_WITHOUT_BODY = Set.of("area", "base", "br", "col", "command", "embed",
            "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    private HtmlElements() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        String[] all = new String[a.size() + b.size()];
        int i = 0;
        for (String s : a) {
            all[i++] = s;
        }
        for (String s : b) {
            all[i++] = s;
        }
        return Set.of(all);
    }
}
