package org.postdesk.core.site.hexo.render;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Dashes, quotes and ellipses in text (never in code), as hexo-renderer-marked's {@code smartypants}
 * (its own rules: every {@code ---} an em dash, every {@code --} an en dash) or markdown-it's
 * {@code typographer} (dashes only between words or spaces, {@code (c)}, {@code +-}, dot runs)
 * write them; both are on by default in the Hexo plugins (docs/decisions/0039). Stateless.
 */
final class Typography implements PostProcessor {

    private static final Pattern SINGLE_OPEN = Pattern.compile("(^|[-\u2014/(\\[{\"\\s])'");
    private static final Pattern DOUBLE_OPEN = Pattern.compile("(^|[-\u2014/(\\[{\u2018\\s])\"");
    private static final Pattern IT_EM = Pattern.compile("(^|[^-])---(?=[^-]|$)");
    private static final Pattern IT_EN_SPACED = Pattern.compile("(^|\\s)--(?=\\s|$)");
    private static final Pattern IT_EN_WORDS = Pattern.compile("(^|[^-\\s])--(?=[^-\\s]|$)");
    private static final Pattern IT_DOTS = Pattern.compile("\\.{2,}");
    private static final Pattern IT_SYMBOLS = Pattern.compile("\\((c|r|tm)\\)", Pattern.CASE_INSENSITIVE);

    private final boolean markdownIt;
    private final String quotes;

    Typography(boolean markdownIt, String quotes) {
        this.markdownIt = markdownIt;
        this.quotes = quotes;
    }

    @Override
    public Node process(Node node) {
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                String s = text.getLiteral();
                String t = markdownIt ? typographer(s) : smartypants(s);
                if (!t.equals(s)) {
                    text.setLiteral(t);
                }
            }
        });
        return node;
    }

    /** marked's smartypants, with the blog's quote marks. */
    String smartypants(String s) {
        if (!needsWork(s)) {
            return s;
        }
        int[] q = quotes.codePoints().toArray();
        String r = s.replace("---", "\u2014").replace("--", "\u2013");
        r = SINGLE_OPEN.matcher(r).replaceAll("$1" + quoteOf(q[2]));
        r = r.replace("'", new String(Character.toChars(q[3])));
        r = DOUBLE_OPEN.matcher(r).replaceAll("$1" + quoteOf(q[0]));
        r = r.replace("\"", new String(Character.toChars(q[1])));
        return r.replace("...", "\u2026");
    }

    /** markdown-it's replacements and a simple pass for its smart quotes. */
    String typographer(String s) {
        if (!needsWork(s) && s.indexOf('(') < 0 && !s.contains("+-")) {
            return s;
        }
        String r = IT_SYMBOLS.matcher(s).replaceAll(m -> switch (m.group(1).toLowerCase()) {
            case "c" -> "\u00a9";
            case "r" -> "\u00ae";
            default -> "\u2122";
        });
        r = r.replace("+-", "\u00b1");
        r = IT_DOTS.matcher(r).replaceAll("\u2026");
        r = IT_EM.matcher(r).replaceAll("$1\u2014");
        r = IT_EN_SPACED.matcher(r).replaceAll("$1\u2013");
        r = IT_EN_WORDS.matcher(r).replaceAll("$1\u2013");
        int[] q = quotes.codePoints().toArray();
        r = SINGLE_OPEN.matcher(r).replaceAll("$1" + quoteOf(q[2]));
        r = r.replace("'", new String(Character.toChars(q[3])));
        r = DOUBLE_OPEN.matcher(r).replaceAll("$1" + quoteOf(q[0]));
        return r.replace("\"", new String(Character.toChars(q[1])));
    }

    private static String quoteOf(int codePoint) {
        String q = new String(Character.toChars(codePoint));
        return q.replace("\\", "\\\\").replace("$", "\\$");
    }

    private static boolean needsWork(String s) {
        return s.indexOf('-') >= 0 || s.indexOf('\'') >= 0 || s.indexOf('"') >= 0 || s.indexOf('.') >= 0;
    }
}
