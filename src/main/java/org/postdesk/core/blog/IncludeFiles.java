package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the files that {@code {% include %}} and {@code {% include_relative %}} name, for the
 * preview: only regular files inside the blog folder (a path with {@code ..}, an absolute path or
 * a symbolic link that leads out is refused, as Jekyll refuses them), at most {@link #MAX_SIZE}
 * bytes, UTF-8. The text is kept per path and reread only when the file's modification time or
 * size changes, so a render that includes the same file again costs one {@code stat}.
 * Thread-safe.
 */
public final class IncludeFiles {

    /** Larger files are not included (an include is a snippet, not a book). */
    public static final long MAX_SIZE = 1 << 20;

    private final Path root;
    private volatile Path realRoot;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(long modified, long size, String text) {
    }

    public IncludeFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The text of the file at this blog-relative path; empty when it is missing, outside the blog or too large. */
    public Optional<String> read(String relPath) {
        if (relPath == null || relPath.isEmpty() || relPath.startsWith("/") || relPath.contains("\\")) {
            return Optional.empty();
        }
        for (String segment : relPath.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        try {
            Path file = root.resolve(relPath).normalize();
            if (!file.startsWith(root)) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() > MAX_SIZE) {
                return Optional.empty();
            }
            long modified = attributes.lastModifiedTime().toMillis();
            Cached known = cache.get(relPath);
            if (known != null && known.modified() == modified && known.size() == attributes.size()) {
                return Optional.of(known.text());
            }
            if (!file.toRealPath().startsWith(realRoot())) {
                return Optional.empty(); // a symbolic link on the way leads out of the blog
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_SIZE) {
                return Optional.empty();
            }
            String text = decode(bytes);
            cache.put(relPath, new Cached(modified, attributes.size(), text));
            return Optional.of(text);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    private Path realRoot() throws IOException {
        Path r = realRoot;
        if (r == null) {
            r = root.toRealPath();
            realRoot = r;
        }
        return r;
    }

    /** UTF-8 (a leading byte order mark dropped); bytes that are not UTF-8 are replaced. */
    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
