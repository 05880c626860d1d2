package org.postdesk.ui.frontmatter;

import java.util.function.UnaryOperator;
import org.postdesk.core.frontmatter.FrontMatterDocument;

/** Where a field control sends its edits: a change from the current document to the next one. */
@FunctionalInterface
interface EditSink {
    /** @return false when the core refused the change (the document stays as it was) */
    boolean apply(UnaryOperator<FrontMatterDocument> change);
}
