package org.postdesk.ui.images;

/** Maps a point of the scene (a drop) to the text offset under it. */
@FunctionalInterface
public interface OffsetAtPoint {
    int offsetAt(double sceneX, double sceneY);
}
