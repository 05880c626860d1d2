package org.postdesk.ui.images;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.postdesk.core.io.FolderFiles;

/** Which dragged or copied files look like images (the importer still checks their bytes). */
final class ImageFiles {
    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg");

    private ImageFiles() {
    }

    static boolean looksLikeImage(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return FolderFiles.isRegularFile(file.toPath()) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    static List<Path> images(List<File> files) {
        return files.stream().filter(ImageFiles::looksLikeImage).map(File::toPath).toList();
    }
}
