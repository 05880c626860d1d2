package org.postdesk.ui.postlist;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Asks before the author moves the list's selection away from the open post, and swallows the
 * click or key when the answer is no, so the list never shows another row while the author
 * cancels. It acts on the gestures themselves (event filters) rather than undoing a selection
 * change afterwards, which would flash the other row and fire listeners twice.
 */
final class LeaveGuard {
    private static final Set<KeyCode> MOVES = EnumSet.of(KeyCode.UP, KeyCode.DOWN, KeyCode.KP_UP, KeyCode.KP_DOWN,
            KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN);

    private final ListView<PostSearch.Keyed> list;
    private final Supplier<String> openPath;
    private BooleanSupplier canLeave = () -> true;

    LeaveGuard(ListView<PostSearch.Keyed> list, Supplier<String> openPath) {
        this.list = list;
        this.openPath = openPath;
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPress);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    void setCanLeave(BooleanSupplier canLeave) {
        this.canLeave = canLeave == null ? () -> true : canLeave;
    }

    private void onPress(MouseEvent event) {
        ListCell<?> cell = cellUnder(event.getPickResult().getIntersectedNode());
        if (cell == null) {
            return; // the scroll bar, the placeholder
        }
        boolean keep = cell.isEmpty() // a click below the last row must not clear the selection
                || cell.getItem() instanceof PostSearch.Keyed keyed && !mayMoveTo(keyed);
        if (keep) {
            event.consume();
            list.requestFocus(); // the click still puts the keyboard in the list
        }
    }

    private void onKey(KeyEvent event) {
        if (!MOVES.contains(event.getCode()) || list.getItems().isEmpty()) {
            return;
        }
        int from = list.getSelectionModel().getSelectedIndex();
        int last = list.getItems().size() - 1;
        int to = switch (event.getCode()) {
            case UP, KP_UP -> Math.max(0, from - 1);
            case DOWN, KP_DOWN -> Math.min(last, from + 1);
            case HOME -> 0;
            case END -> last;
            default -> -1; // a page move: where it lands depends on the viewport, so always ask
        };
        if (to >= 0 && to == from) {
            return;
        }
        if (to >= 0 ? !mayMoveTo(list.getItems().get(to)) : !mayLeave()) {
            event.consume();
        }
    }

    private boolean mayMoveTo(PostSearch.Keyed target) {
        return target.row().path().equals(openPath.get()) || mayLeave();
    }

    private boolean mayLeave() {
        return openPath.get() == null || canLeave.getAsBoolean();
    }

    private static ListCell<?> cellUnder(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return cell;
            }
        }
        return null;
    }
}
