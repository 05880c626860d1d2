package org.postdesk.ui.frontmatter;

import java.util.Optional;
import javafx.stage.Window;
import org.postdesk.app.FieldHints;

/** Lets the author choose one of the blog's images; replaceable so tests need no dialog. */
@FunctionalInterface
public interface ImagePicker {
    /**
     * @param owner   the window to be modal to
     * @param current the path written in the field now
     * @param hints   the blog's image files and how to load them
     * @return a path relative to the blog root, or empty when cancelled
     */
    Optional<String> choose(Window owner, String current, FieldHints hints);
}
