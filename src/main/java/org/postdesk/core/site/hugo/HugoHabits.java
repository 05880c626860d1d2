package org.postdesk.core.site.hugo;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a Hugo site's own pages show about where new ones go (docs/decisions/0040): the section
 * ({@code posts}, {@code post}, {@code blog}, ... whichever exists, else the section with the
 * most pages, else {@code posts}) and whether its pages are bundles (a directory archetype for
 * it, or more leaf bundles than single files in it). Reads one folder level; never fails.
 */
final class HugoHabits {
    private static final List<String> USUAL = List.of("posts", "post", "blog", "articles");

    private HugoHabits() {
    }

    static String newSection(Path root, HugoConfig config) {
        Path content = root.resolve(config.contentDir());
        for (String name : USUAL) {
            if (Files.isDirectory(content.resolve(name))) {
                return name;
            }
        }
        String best = "posts";
        int most = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(content, Files::isDirectory)) {
            for (Path d : dirs) {
                String name = d.getFileName().toString();
                int count = count(d)[0] + count(d)[1];
                if (!name.startsWith(".") && count > most) {
                    most = count;
                    best = name;
                }
            }
        } catch (IOException | RuntimeException e) {
            return best;
        }
        return best;
    }

    static boolean bundles(Path root, HugoConfig config, String section) {
        if (Files.isRegularFile(root.resolve(config.archetypeDir()).resolve(section).resolve("index.md"))) {
            return true;
        }
        int[] c = count(root.resolve(config.contentDir()).resolve(section));
        return c[0] > c[1];
    }

    /** Leaf bundles and single Markdown files directly in {@code dir}. */
    private static int[] count(Path dir) {
        int[] c = new int[2];
        if (!Files.isDirectory(dir)) {
            return c;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                if (Files.isDirectory(e)) {
                    if (Files.isRegularFile(e.resolve("index.md")) || Files.isRegularFile(e.resolve("index.markdown"))) {
                        c[0]++;
                    }
                } else if (!name.startsWith("_index.") && HugoNaming.MARKDOWN.stream().anyMatch(x -> name.endsWith("." + x))) {
                    c[1]++;
                }
            }
        } catch (IOException | RuntimeException e) {
            return c;
        }
        return c;
    }
}
