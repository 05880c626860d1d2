package org.postdesk.core.render.kramdown;

/**
 * The speed choices of a parse, one seam for all of them ({@link KramdownParsers}). Each choice
 * gives the same tree as the reference (every extension, the kramdown walk after the parse); tests
 * parse with {@link #REFERENCE} to prove it ({@code ExtensionSubsetTest},
 * {@code InlineWalkEquivalenceTest}). See docs/decisions/0018 and 0027.
 *
 * @param extensionSubset parse with only the commonmark extensions whose syntax the text can hold
 *                        (a table needs a pipe...), instead of all four
 * @param walkWhileParsing run the kramdown walk on each paragraph, heading and table cell as soon
 *                         as commonmark has parsed its inlines, when the text allows it (no block
 *                         attribute lists, no task items), instead of one walk after the parse
 */
public record ParseOptions(boolean extensionSubset, boolean walkWhileParsing) {

    /** Every speed choice on: what the preview and the CLI use. */
    public static final ParseOptions FASTEST = new ParseOptions(true, true);

    /** Every speed choice off: the tree the fast paths must equal. */
    public static final ParseOptions REFERENCE = new ParseOptions(false, false);

    /** The same options with every extension, whatever the text holds. */
    public ParseOptions withAllExtensions() {
        return new ParseOptions(false, walkWhileParsing);
    }

    /** The same options with the kramdown walk after the parse. */
    public ParseOptions withWalkAfterParse() {
        return new ParseOptions(extensionSubset, false);
    }
}
