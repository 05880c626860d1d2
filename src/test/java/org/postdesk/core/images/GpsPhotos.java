package org.postdesk.core.images;

/** A JPEG photo with a GPS location, for tests outside this package. */
public final class GpsPhotos {
    private GpsPhotos() {
    }

    public static byte[] jpegWithGps(int width, int height) {
        return ExifFixtures.withGps(TestImages.jpeg(width, height, 0x445566));
    }
}
