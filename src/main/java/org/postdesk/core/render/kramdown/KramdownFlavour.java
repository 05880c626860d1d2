package org.postdesk.core.render.kramdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.postdesk.core.render.MarkdownFlavour;

/**
 * kramdown as Jekyll runs it (GFM input): commonmark 0.30 with GFM tables, strikethrough (two
 * tildes only, so {@code 1~3天} stays text), task lists and footnotes, plus
 * {@link KramdownExtension}; the parse's speed choices are {@link KramdownParsers}' (the pipeline
 * gets {@link ParseOptions#FASTEST}). Bare {@code www.}/{@code http://} text is not linked:
 * kramdown's GFM parser does not do it (docs/decisions/0015). One shared immutable instance
 * ({@link #INSTANCE}); docs/decisions/0027 and 0029 (step 3).
 */
public final class KramdownFlavour implements MarkdownFlavour {

    /** The one instance: the pipeline keeps one renderer per flavour instance. */
    public static final KramdownFlavour INSTANCE = new KramdownFlavour();

    private KramdownFlavour() {
    }

    @Override
    public String name() {
        return "kramdown";
    }

    @Override
    public TextParser parser(IncludeSourceSpans spans) {
        KramdownParsers parsers = new KramdownParsers(spans, gfmExtensions());
        return (markdown, urlNodes) -> parsers.parse(markdown, urlNodes, ParseOptions.FASTEST);
    }

    /** The GFM extensions, then kramdown's node writers and attributes (this order is the HTML's attribute order). */
    @Override
    public List<Extension> rendererExtensions() {
        List<Extension> extensions = new ArrayList<>(gfmExtensions());
        extensions.add(KramdownExtension.create());
        return List.copyOf(extensions);
    }

    /**
     * A footnote, its reference as its definition, is spelled {@code [^}; the line rules
     * ({@code KramdownLines}) add no {@code [} or {@code ^} and join no lines, so a text without
     * it parses to no footnote node (the parser then even leaves the extension out).
     */
    @Override
    public boolean mayHaveFootnotes(String markdown) {
        return markdown.contains("[^");
    }

    /**
     * The commonmark extensions kramdown's GFM input uses, pinned at 0.30.0 (the benchmark builds
     * its baseline with them), in the order of {@link KramdownParsers}' subset bits (tables,
     * strikethrough, task items, footnotes).
     */
    public static List<Extension> gfmExtensions() {
        return List.of(TablesExtension.create(),
                StrikethroughExtension.builder().requireTwoTildes(true).build(),
                TaskListItemsExtension.create(),
                FootnotesExtension.create());
    }

    /**
     * Parses with other speed choices than the pipeline's, keeping block source spans (the
     * equivalence tests compare them with {@link ParseOptions#REFERENCE}).
     */
    public Node parse(String markdown, List<Node> urlNodes, ParseOptions options) {
        return WithBlockSpans.PARSERS.parse(markdown, urlNodes, options);
    }

    /** Made on first use (48 parsers), immutable, shared. */
    private static final class WithBlockSpans {
        static final KramdownParsers PARSERS = new KramdownParsers(IncludeSourceSpans.BLOCKS, gfmExtensions());
    }
}
