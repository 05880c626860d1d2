package org.postdesk.ui.images;

import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.postdesk.core.io.FolderFiles;

/**
 * Accepts files dragged onto the editor (several at once): image files are imported and their
 * Markdown inserted at the drop point; the others (a text file, a folder) are named in a
 * sentence saying what the editor takes. Drags of text are left to the node.
 */
public final class ImageDropHandler {
    private final Node node;
    private final ImageImports imports;
    private final ImageInsertTarget target;
    private final OffsetAtPoint offsets;
    private final EventHandler<DragEvent> over = this::onDragOver;
    private final EventHandler<DragEvent> dropped = this::onDragDropped;
    private final ResourceBundle text;

    private ImageDropHandler(Node node, ImageImports imports, ImageInsertTarget target, OffsetAtPoint offsets,
            Locale locale) {
        this.text = ResourceBundle.getBundle("org.postdesk.ui.images.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.node = Objects.requireNonNull(node);
        this.imports = Objects.requireNonNull(imports);
        this.target = Objects.requireNonNull(target);
        this.offsets = Objects.requireNonNull(offsets);
    }

    /** Starts handling drops on {@code node} (filters, so they run before the editor's own handlers). */
    public static ImageDropHandler attach(Node node, ImageImports imports, ImageInsertTarget target,
            OffsetAtPoint offsets) {
        return attach(node, imports, target, offsets, Locale.ENGLISH);
    }

    /** As {@link #attach(Node, ImageImports, ImageInsertTarget, OffsetAtPoint)}, telling refusals in {@code locale}. */
    public static ImageDropHandler attach(Node node, ImageImports imports, ImageInsertTarget target,
            OffsetAtPoint offsets, Locale locale) {
        ImageDropHandler h = new ImageDropHandler(node, imports, target, offsets, locale);
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
        if (board.hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void onDragDropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        if (!board.hasFiles()) {
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
        List<String> told = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (File f : files) {
            if (FolderFiles.isDirectory(f.toPath())) {
                told.add(MessageFormat.format(text.getString("drop.folder"), f.getName()));
            } else if (!images.contains(f.toPath())) {
                others.add(f.getName());
            }
        }
        if (!others.isEmpty()) {
            told.add(0, MessageFormat.format(text.getString("drop.notImages"), String.join(", ", others)));
        }
        told.forEach(imports.feedback()::tell);
        if (images.isEmpty()) {
            return CompletableFuture.completedFuture(new ImageImports.Outcome("", List.of(), told));
        }
        return imports.importFiles(images, target, offsets.offsetAt(sceneX, sceneY));
    }
}
