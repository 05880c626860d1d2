package org.postdesk.ui.problems;

import java.util.Set;
import javafx.scene.Node;
import org.postdesk.core.frontmatter.FrontMatterDocument;

/**
 * What Problems in the editor needs of the window beyond the {@code Bench} (decision records 0030,
 * 0031): the composition root implements it with the editor, the status bar, the form and the
 * preview, so this room imports none of them. FX thread.
 */
public interface ProblemsWindow {

    /** Places the Problems list (under the editor). */
    void place(Node pane);

    /**
     * Underlines these ranges of editor offsets, found in {@code basis} (moved if the text changed
     * since), and marks these editor lines (from 0) in the gutter.
     */
    void mark(String basis, int[] ranges, Set<Integer> lines);

    /** The status bar's counts; a negative {@code errors} hides them (no post). */
    void counts(int errors, int notes);

    /** What a click on the status bar's counts does. */
    void onCountsClicked(Runnable action);

    /** Shows a front matter changed by a repair, told to the window as the author's edit. */
    void applyFrontMatter(FrontMatterDocument next);

    /** Focuses the form's field of {@code key} (or the form). */
    void focusField(String key);

    /** How the preview shows a web image that does not load, and what its link runs. */
    void webImages(String sentence, String action, Runnable download);
}
