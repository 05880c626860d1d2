package org.postdesk.core.io;

import java.io.IOException;
import java.nio.file.Path;

/** A path's text against what the system makes of it, for {@link WriteGuard}. */
final class LexicalPaths {
    private LexicalPaths() {
    }

    /**
     * The absolute, normalized path; refused when its text has {@code ..} after a symbolic link,
     * where the system would go somewhere else than the text says ({@code linked/..}).
     */
    static Path absolute(Path file) throws IOException {
        Path raw = file.toAbsolutePath();
        Path abs = raw.normalize();
        if (abs.getParent() == null || abs.getFileName() == null) {
            throw new IllegalArgumentException("Not a file path: " + file);
        }
        for (Path part : raw) {
            if (part.toString().equals("..")) {
                if (!realText(raw.getParent()).equals(realText(abs.getParent()))) {
                    throw new WriteRefusedException(file + " goes through a symbolic link and then .., which leads"
                            + " somewhere else than the path says, and Postdesk writes only where it can tell");
                }
                break;
            }
        }
        return abs;
    }

    private static String realText(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return "(missing) " + p.normalize();
        }
    }
}
