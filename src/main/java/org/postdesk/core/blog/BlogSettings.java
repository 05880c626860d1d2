package org.postdesk.core.blog;

import java.util.Objects;
import java.util.Optional;

/**
 * The author's image settings for one blog, kept in {@link BlogSettingsFile#FILE_NAME} at the
 * blog root (never in a post). Values the author did not choose come from what the blog's
 * posts already do ({@link ImageStyle}).
 *
 * @param imageFolder    where body images go, relative to the blog root, {@code /} separators
 * @param linkTemplate   how a post links to a file there, with one {@code {name}}
 * @param keepGps        keep the GPS location of photos (removed by default)
 * @param maxWidth       downscale wider photos to this width; 0 means never
 * @param gpsNoticeShown the author has been told once that GPS locations are removed
 */
public record BlogSettings(String imageFolder, String linkTemplate, boolean keepGps, int maxWidth,
        boolean gpsNoticeShown) {

    public BlogSettings {
        Objects.requireNonNull(imageFolder);
        Objects.requireNonNull(linkTemplate);
    }

    /** What a blog gets before the author changes anything: its learned style, GPS removed, no downscaling. */
    public static BlogSettings defaults(ImageStyle learned) {
        return new BlogSettings(learned.folder(), learned.template(), false, 0, false);
    }

    public BlogSettings withImageFolder(String folder) {
        return new BlogSettings(folder, linkTemplate, keepGps, maxWidth, gpsNoticeShown);
    }

    public BlogSettings withLinkTemplate(String template) {
        return new BlogSettings(imageFolder, template, keepGps, maxWidth, gpsNoticeShown);
    }

    public BlogSettings withKeepGps(boolean keep) {
        return new BlogSettings(imageFolder, linkTemplate, keep, maxWidth, gpsNoticeShown);
    }

    public BlogSettings withMaxWidth(int width) {
        return new BlogSettings(imageFolder, linkTemplate, keepGps, width, gpsNoticeShown);
    }

    public BlogSettings withGpsNoticeShown(boolean shown) {
        return new BlogSettings(imageFolder, linkTemplate, keepGps, maxWidth, shown);
    }

    /** A sentence saying what is wrong with these values, or empty when they can be used. */
    public Optional<String> problem() {
        // the post's own folder (Hexo's asset folder) is inside the blog by construction
        String folder = imageFolder.strip().equals(ImageStyle.POST_FOLDER) ? "" : imageFolder.replace('\\', '/');
        if (folder.isBlank() && !imageFolder.strip().equals(ImageStyle.POST_FOLDER)) {
            return Optional.of("The image folder is empty; name a folder inside the blog, such as assets/images.");
        }
        if (folder.startsWith("/") || folder.matches("^[A-Za-z]:.*")) {
            return Optional.of("The image folder \"" + imageFolder + "\" must be written relative to the blog folder.");
        }
        for (String part : folder.split("/")) {
            if (part.equals("..")) {
                return Optional.of("The image folder \"" + imageFolder + "\" must stay inside the blog folder.");
            }
            if (part.startsWith("_") || part.startsWith(".")) {
                return Optional.of("Jekyll does not publish \"" + part + "\" because its name starts with \""
                        + part.charAt(0) + "\"; images there would be missing on the site.");
            }
        }
        int at = linkTemplate.indexOf("{name}");
        if (at < 0 || linkTemplate.indexOf("{name}", at + 1) >= 0) {
            return Optional.of("The URL style needs {name} exactly once, where the file name goes.");
        }
        if (maxWidth < 0 || maxWidth > 100_000) {
            return Optional.of("The downscale width must be between 0 (off) and 100000 pixels.");
        }
        return Optional.empty();
    }

    /**
     * The folder for the images of the post at {@code postPath}: {@link #normalizedFolder()}, with
     * {@link ImageStyle#POST_FOLDER} standing for the post's own folder (docs/decisions/0038).
     */
    public String folderFor(String postPath) {
        return ImageStyle.folderFor(normalizedFolder(), postPath);
    }

    /** The folder with {@code /} separators and no trailing slash. */
    public String normalizedFolder() {
        String f = imageFolder.strip().replace('\\', '/');
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        return f;
    }
}
