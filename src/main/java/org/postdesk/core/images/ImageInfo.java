package org.postdesk.core.images;

/**
 * What the header of an accepted image says. Width and height are 0 for SVG, whose size is
 * not in pixels.
 */
public record ImageInfo(ImageFormat format, long width, long height) {
    public long pixels() {
        return width * height;
    }
}
