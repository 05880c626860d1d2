package org.postdesk.ui.images;

import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Accepts one image file dropped on a front-matter field (such as {@code header-img}), imports it
 * into the folder the blog's header images use, and hands the field's new value to a callback.
 */
public final class FieldImageDrop {
    private final Node node;
    private final ImageImports imports;
    private final Consumer<String> onValue;
    private final EventHandler<DragEvent> over = this::onDragOver;
    private final EventHandler<DragEvent> dropped = this::onDragDropped;

    private FieldImageDrop(Node node, ImageImports imports, Consumer<String> onValue) {
        this.node = Objects.requireNonNull(node);
        this.imports = Objects.requireNonNull(imports);
        this.onValue = Objects.requireNonNull(onValue);
    }

    /** @param onValue gets the value to write into the field (e.g. {@code img/post-bg.jpg}), on the FX thread */
    public static FieldImageDrop attach(Node node, ImageImports imports, Consumer<String> onValue) {
        FieldImageDrop f = new FieldImageDrop(node, imports, onValue);
        node.addEventFilter(DragEvent.DRAG_OVER, f.over);
        node.addEventFilter(DragEvent.DRAG_DROPPED, f.dropped);
        return f;
    }

    public void detach() {
        node.removeEventFilter(DragEvent.DRAG_OVER, over);
        node.removeEventFilter(DragEvent.DRAG_DROPPED, dropped);
    }

    private static boolean oneImage(List<File> files) {
        return files.size() == 1 && ImageFiles.looksLikeImage(files.get(0));
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && oneImage(e.getDragboard().getFiles())) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void onDragDropped(DragEvent e) {
        if (e.getDragboard().hasFiles() && oneImage(e.getDragboard().getFiles())) {
            drop(e.getDragboard().getFiles().get(0));
            e.setDropCompleted(true);
            e.consume();
        }
    }

    /** What dropping {@code file} does; public for tests. */
    public CompletableFuture<Optional<String>> drop(File file) {
        return imports.importForField(file.toPath()).thenApply(value -> {
            value.ifPresent(onValue);
            return value;
        });
    }
}
