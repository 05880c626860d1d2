package org.postdesk.ui.images;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import org.postdesk.core.images.PngEncoder;

/** A JavaFX image as PNG bytes, without AWT or Swing. */
public final class FxPng {
    private FxPng() {
    }

    /** @throws IllegalArgumentException when the image has no readable pixels (still loading, or broken) */
    public static byte[] encode(Image image) {
        PixelReader reader = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        if (reader == null || w <= 0 || h <= 0) {
            throw new IllegalArgumentException("The image has no readable pixels.");
        }
        int[] argb = new int[w * h];
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return PngEncoder.encode(w, h, argb);
    }
}
