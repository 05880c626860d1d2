package org.postdesk.core.frontmatter;

/**
 * A front-matter edit that was not made, with a sentence for the author saying why. The
 * document it was asked of is unchanged (documents are immutable), so nothing was lost.
 */
public final class EditRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public EditRefusedException(String sentence) {
        super(sentence);
    }
}
