package org.postdesk.core.site.jekyll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Whether a folder has the marks of a Hexo site ({@code package.json} that depends on
 * {@code hexo}, and a {@code source/} folder), so that its {@code _config.yml} alone does not
 * make it a Jekyll blog. Until Hexo has its adapter, such a folder is nobody's site.
 */
final class HexoMarks {
    private static final long MAX_PACKAGE_BYTES = 1_000_000;
    /** {@code "hexo": "..."} as a key, as npm writes a dependency. */
    private static final Pattern HEXO_DEPENDENCY = Pattern.compile("\"hexo\"\\s*:");

    private HexoMarks() {
    }

    static boolean present(Path dir) {
        Path packageJson = dir.resolve("package.json");
        if (!Files.isDirectory(dir.resolve("source")) || !Files.isRegularFile(packageJson)) {
            return false;
        }
        try {
            if (Files.size(packageJson) > MAX_PACKAGE_BYTES) {
                return false;
            }
            String text = new String(Files.readAllBytes(packageJson), StandardCharsets.UTF_8);
            return HEXO_DEPENDENCY.matcher(text).find();
        } catch (IOException e) {
            return false;
        }
    }
}
