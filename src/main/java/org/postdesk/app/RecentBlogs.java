package org.postdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The blogs opened lately, newest first, kept in {@link Settings} (File > Open Recent). */
public final class RecentBlogs {

    public static final String KEY = "blogs.recent";
    public static final int MAX = 8;

    private final Settings settings;

    public RecentBlogs(Settings settings) {
        this.settings = settings;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String line : settings.getString(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                out.add(Path.of(line));
            }
        }
        return out;
    }

    /** The blog opened last, if any. */
    public Optional<Path> last() {
        return list().stream().findFirst();
    }

    /** Puts {@code blog} first. */
    public void opened(Path blog) {
        Path normal = blog.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(list());
        next.remove(normal);
        next.add(0, normal);
        List<String> lines = next.stream().limit(MAX).map(Path::toString).toList();
        settings.putString(KEY, String.join("\n", lines));
    }
}
