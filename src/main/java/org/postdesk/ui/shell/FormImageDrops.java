package org.postdesk.ui.shell;

import java.io.File;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import org.postdesk.ui.frontmatter.FrontMatterPane;
import org.postdesk.ui.images.FieldImageDrop;
import org.postdesk.ui.images.ImageImports;
import org.postdesk.ui.images.ImagesFeature;

/**
 * Lets image files be dropped on the form's image fields (such as {@code header-img}). The form
 * rebuilds its fields when a post opens or a key is added, so after each document change the
 * form's {@linkplain FrontMatterPane#imageFields image fields} are given a drop target for the
 * current blog. The dropped file's value is typed into the field, so it goes through the
 * form's lossless editor like an author's edit. Wiring between the form and the images room.
 */
final class FormImageDrops implements ImagesFeature.FieldDrops {

    private static final String KEY = "postdesk.fieldImageDrop";

    private final FrontMatterPane form;
    private ImageImports imports;

    FormImageDrops(FrontMatterPane form) {
        this.form = form;
        form.documentProperty().addListener((obs, was, now) -> Platform.runLater(this::attachAll));
    }

    @Override
    public void use(ImageImports current) {
        imports = current;
        attachAll();
    }

    @Override
    public CompletableFuture<Optional<String>> drop(String key, File file) {
        attachAll();
        FrontMatterPane.ImageSpot spot = form.imageFields().get(key);
        if (spot == null || !(spot.node().getProperties().get(KEY) instanceof Attached attached)) {
            throw new IllegalStateException("The form has no image field " + key + ".");
        }
        return attached.drop().drop(file);
    }

    private record Attached(FieldImageDrop drop, ImageImports imports) {
    }

    private void attachAll() {
        for (FrontMatterPane.ImageSpot spot : form.imageFields().values()) {
            Node box = spot.node();
            Object old = box.getProperties().get(KEY);
            if (old instanceof Attached a && a.imports() == imports) {
                continue;
            }
            if (old instanceof Attached a) {
                a.drop().detach();
                box.getProperties().remove(KEY);
            }
            if (imports != null) {
                box.getProperties().put(KEY, new Attached(FieldImageDrop.attach(box, imports, spot::type), imports));
            }
        }
    }
}
