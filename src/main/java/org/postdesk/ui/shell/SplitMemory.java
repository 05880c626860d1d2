package org.postdesk.ui.shell;

import java.util.Arrays;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split's dividers where the author left them (decision record 0034). The wanted
 * positions are fractions of the split's size; they are put back each time the split gets a new
 * size, so the first layout (done at the scene's preferred size, before the window has its own)
 * cannot shift them, and a window made narrower and wider again shows the same split. They change
 * only when the author drags a divider or the window sets them; the split's own clamping (minimum
 * sizes of small windows) never becomes the remembered value. FX thread.
 */
final class SplitMemory {

    private final SplitPane split;
    private double[] wanted;
    private boolean frozen;

    SplitMemory(SplitPane split, double[] wanted) {
        this.split = split;
        this.wanted = wanted.clone();
        InvalidationListener resized = o -> apply();
        split.widthProperty().addListener(resized);
        split.heightProperty().addListener(resized);
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!frozen && isDivider(e.getTarget())) {
                take();
            }
        });
        apply();
    }

    /** The positions the author chose (one per divider with every item present). */
    double[] wanted() {
        return wanted.clone();
    }

    /** Makes {@code positions} the wanted ones and shows them. */
    void set(double... positions) {
        wanted = positions.clone();
        apply();
    }

    /** Takes the positions shown now as the wanted ones (the first {@code n} dividers present). */
    void take() {
        double[] shown = split.getDividerPositions();
        double[] next = wanted.clone();
        System.arraycopy(shown, 0, next, 0, Math.min(shown.length, next.length));
        wanted = next;
    }

    /** While frozen, drags do not change the wanted positions (a folded pane is clamped by its size). */
    void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }

    /** Shows the wanted positions on the dividers present now. */
    void apply() {
        int present = split.getDividers().size();
        if (present > 0) {
            split.setDividerPositions(Arrays.copyOf(wanted, Math.min(present, wanted.length)));
        }
    }

    private boolean isDivider(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null && node != split; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return node.getParent() == split;
            }
        }
        return false;
    }
}
