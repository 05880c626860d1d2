package org.postdesk.core.images;

/**
 * Per-blog import settings. {@code maxWidth} 0 means photos are never downscaled.
 *
 * @param keepGps          keep the GPS location in JPEG photos (removed by default)
 * @param maxWidth         downscale JPEG and PNG images wider than this; 0 turns it off
 * @param largeFileBytes   files above this size need the author's confirmation
 * @param maxPixels        images with more pixels than this are refused
 */
public record ImportSettings(boolean keepGps, int maxWidth, long largeFileBytes, long maxPixels) {
    public static final long DEFAULT_LARGE_FILE = 50L * 1024 * 1024;
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    public ImportSettings {
        if (maxWidth < 0 || largeFileBytes < 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("Import limits must be positive");
        }
    }

    public static ImportSettings defaults() {
        return new ImportSettings(false, 0, DEFAULT_LARGE_FILE, DEFAULT_MAX_PIXELS);
    }

    public ImportSettings withKeepGps(boolean keep) {
        return new ImportSettings(keep, maxWidth, largeFileBytes, maxPixels);
    }

    public ImportSettings withMaxWidth(int width) {
        return new ImportSettings(keepGps, width, largeFileBytes, maxPixels);
    }

    public ImportSettings withLargeFileBytes(long bytes) {
        return new ImportSettings(keepGps, maxWidth, bytes, maxPixels);
    }
}
