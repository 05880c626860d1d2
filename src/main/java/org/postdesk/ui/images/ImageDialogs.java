package org.postdesk.ui.images;

import java.nio.file.Path;
import java.util.List;
import org.postdesk.app.Settings;

/**
 * The questions the image gestures ask: which files to insert, whether to import a large one,
 * and the blog's image settings. An interface so that tests answer them; {@link FxImageDialogs}
 * shows real dialogs. FX thread; each call blocks until answered.
 */
public interface ImageDialogs {

    /** The image files the author picked (several allowed); empty when cancelled. {@code start} may be null. */
    List<Path> chooseImages(Path start);

    /** Whether to import a file over the size limit; {@code question} is a full sentence. */
    boolean confirmLarge(String question);

    /**
     * Whether to make the open single-file post a page bundle now that it has an image
     * ({@code question} is a full sentence naming both paths); no by default (docs/decisions/0040).
     */
    default boolean confirmBundle(String question) {
        return false;
    }

    /** Shows the Image Settings dialog for the blog of {@code imports} and saves what the author chose. */
    void editSettings(ImageImports imports);
}
