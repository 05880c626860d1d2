package org.postdesk.ui.images;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Accepts image files dragged onto the editor (several at once) and inserts their Markdown
 * lines at the drop point. Other drags (text, files that are not images) are left to the node.
 */
public final class ImageDropHandler {
    private final Node node;
    private final ImageImports imports;
    private final ImageInsertTarget target;
    private final OffsetAtPoint offsets;
    private final EventHandler<DragEvent> over = this::onDragOver;
    private final EventHandler<DragEvent> dropped = this::onDragDropped;

    private ImageDropHandler(Node node, ImageImports imports, ImageInsertTarget target, OffsetAtPoint offsets) {
        this.node = Objects.requireNonNull(node);
        this.imports = Objects.requireNonNull(imports);
        this.target = Objects.requireNonNull(target);
        this.offsets = Objects.requireNonNull(offsets);
    }

    /** Starts handling drops on {@code node} (filters, so they run before the editor's own handlers). */
    public static ImageDropHandler attach(Node node, ImageImports imports, ImageInsertTarget target,
            OffsetAtPoint offsets) {
        ImageDropHandler h = new ImageDropHandler(node, imports, target, offsets);
        node.addEventFilter(DragEvent.DRAG_OVER, h.over);
        node.addEventFilter(DragEvent.DRAG_DROPPED, h.dropped);
        return h;
    }

    public void detach() {
        node.removeEventFilter(DragEvent.DRAG_OVER, over);
        node.removeEventFilter(DragEvent.DRAG_DROPPED, dropped);
    }

    private void onDragOver(DragEvent e) {
        Dragboard board = e.getDragboard();
        if (board.hasFiles() && !ImageFiles.images(board.getFiles()).isEmpty()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void onDragDropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        if (!board.hasFiles() || ImageFiles.images(board.getFiles()).isEmpty()) {
            return;
        }
        drop(board.getFiles(), e.getSceneX(), e.getSceneY());
        e.setDropCompleted(true);
        e.consume();
    }

    /**
     * What a drop of {@code files} at a scene point does: the image files are imported in the
     * order given and inserted at the text offset under the point. Public for tests.
     */
    public CompletableFuture<ImageImports.Outcome> drop(List<File> files, double sceneX, double sceneY) {
        List<Path> images = ImageFiles.images(files);
        return imports.importFiles(images, target, offsets.offsetAt(sceneX, sceneY));
    }
}
