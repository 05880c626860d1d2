package org.postdesk.ui.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.postdesk.core.convert.HtmlToMarkdown;

/**
 * Ctrl+V / Cmd+V in the editor, when the clipboard holds more than text. The first that applies
 * wins: image files (imported, Markdown lines at the caret), image pixels (saved as PNG, named
 * after the post), a copied web page (converted to Markdown), else the editor's own paste.
 * Shortcut+Shift+V always pastes the plain text.
 */
public final class ImagePasteHandler {
    /** What a paste does with the clipboard's content. */
    public enum Choice { FILES, IMAGE, HTML, PLAIN }

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE_PLAIN =
            new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Node node;
    private final ImageImports imports;
    private final ImageInsertTarget target;
    private final Supplier<Clipboard> clipboard;
    private final HtmlToMarkdown converter = new HtmlToMarkdown();
    private final EventHandler<KeyEvent> keys = this::onKey;

    private ImagePasteHandler(Node node, ImageImports imports, ImageInsertTarget target, Supplier<Clipboard> clipboard) {
        this.node = Objects.requireNonNull(node);
        this.imports = Objects.requireNonNull(imports);
        this.target = Objects.requireNonNull(target);
        this.clipboard = Objects.requireNonNull(clipboard);
    }

    /** Handles pastes into {@code node} from the system clipboard. */
    public static ImagePasteHandler attach(Node node, ImageImports imports, ImageInsertTarget target) {
        return attach(node, imports, target, Clipboard::getSystemClipboard);
    }

    public static ImagePasteHandler attach(Node node, ImageImports imports, ImageInsertTarget target,
            Supplier<Clipboard> clipboard) {
        ImagePasteHandler h = new ImagePasteHandler(node, imports, target, clipboard);
        node.addEventFilter(KeyEvent.KEY_PRESSED, h.keys);
        return h;
    }

    public void detach() {
        node.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    private void onKey(KeyEvent e) {
        if (PASTE_PLAIN.match(e)) {
            Clipboard c = clipboard.get();
            if (c.hasString()) {
                target.insertAtCaret(c.getString());
            }
            e.consume();
        } else if (PASTE.match(e) && paste()) {
            e.consume();
        }
    }

    /**
     * Pastes the clipboard's images or web page; false when it holds only text (or nothing
     * usable), so the editor's own paste should run. For the shell's Edit > Paste menu item too.
     */
    public boolean paste() {
        Clipboard c = clipboard.get();
        switch (choose(c)) {
            case FILES -> {
                List<Path> files = ImageFiles.images(c.getFiles());
                imports.importFiles(files, target, target.caretOffset());
                return true;
            }
            case IMAGE -> {
                Image image = c.getImage();
                if (image == null) {
                    return false;
                }
                imports.importPixels(image, target, target.caretOffset());
                return true;
            }
            case HTML -> {
                String markdown = converter.convert(c.getHtml());
                if (markdown.isEmpty()) {
                    return false;
                }
                target.insertAtCaret(markdown);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The clipboard's most useful content: image files, then pixels, then structured HTML, then text. */
    Choice choose(Clipboard c) {
        if (c.hasFiles() && !ImageFiles.images(c.getFiles()).isEmpty()) {
            return Choice.FILES;
        }
        if (c.hasImage()) {
            return Choice.IMAGE;
        }
        if (c.hasHtml() && c.getHtml() != null && converter.hasStructure(c.getHtml())) {
            return Choice.HTML;
        }
        return Choice.PLAIN;
    }
}
