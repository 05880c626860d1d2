package org.postdesk.core.blog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postdesk.core.io.WriteGuard;

/**
 * The index cache on disk: one binary file per blog in the user's cache folder. A file written
 * by another version, or with other naming rules, is ignored.
 */
public final class IndexCacheFile {
    private static final int MAGIC = 0x50444958;
    private static final int VERSION = 1;

    private IndexCacheFile() {
    }

    /**
     * The user's cache folder for Postdesk: {@code %LOCALAPPDATA%\Postdesk\cache} on Windows,
     * {@code ~/Library/Caches/Postdesk} on macOS, {@code $XDG_CACHE_HOME/postdesk} or
     * {@code ~/.cache/postdesk} elsewhere.
     */
    public static Path userCacheRoot(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("LOCALAPPDATA") != null) {
            return Path.of(env.get("LOCALAPPDATA"), "Postdesk", "cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Postdesk");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "postdesk") : home.resolve(".cache").resolve("postdesk");
    }

    /** The cache file for one blog under {@code cacheRoot}, named by a hash of the blog's path. */
    public static Path forBlog(Path cacheRoot, Path blogRoot) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(blogRoot.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return cacheRoot.resolve("index-" + HexFormat.of().formatHex(hash, 0, 12) + ".bin");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path file, String rules, List<PostSummary> summaries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(summaries.size() * 200 + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(rules);
            out.writeInt(summaries.size());
            for (PostSummary s : summaries) {
                out.writeUTF(s.path());
                out.writeBoolean(s.draft());
                out.writeUTF(s.title());
                out.writeUTF(s.date().toString());
                out.writeByte(s.dateSource().ordinal());
                out.writeUTF(s.slug());
                writeList(out, s.tags());
                writeList(out, s.categories());
                out.writeUTF(s.layout());
                writeList(out, s.authors());
                out.writeBoolean(s.published());
                out.writeLong(s.size());
                out.writeLong(s.modified());
                out.writeInt(s.flags().size());
                for (PostFlag f : s.flags()) {
                    out.writeByte(f.kind().ordinal());
                    out.writeUTF(f.message());
                    out.writeInt(f.line());
                }
            }
        }
        WriteGuard.forOwnFolder(file.toAbsolutePath().getParent()).write(file, bytes.toByteArray());
    }

    static List<PostSummary> read(Path file, String rules) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !in.readUTF().equals(rules)) {
                return List.of();
            }
            int n = in.readInt();
            List<PostSummary> out = new ArrayList<>(n);
            PostSummary.DateSource[] sources = PostSummary.DateSource.values();
            PostFlag.Kind[] kinds = PostFlag.Kind.values();
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                boolean draft = in.readBoolean();
                String title = in.readUTF();
                LocalDateTime date = LocalDateTime.parse(in.readUTF());
                PostSummary.DateSource source = sources[in.readByte()];
                String slug = in.readUTF();
                List<String> tags = readList(in);
                List<String> categories = readList(in);
                String layout = in.readUTF();
                List<String> authors = readList(in);
                boolean published = in.readBoolean();
                long size = in.readLong();
                long modified = in.readLong();
                int flagCount = in.readInt();
                List<PostFlag> flags = new ArrayList<>(flagCount);
                for (int j = 0; j < flagCount; j++) {
                    flags.add(new PostFlag(kinds[in.readByte()], in.readUTF(), in.readInt()));
                }
                out.add(new PostSummary(path, draft, title, date, source, slug, tags, categories, layout,
                        authors, published, size, modified, flags));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static void writeList(DataOutputStream out, List<String> items) throws IOException {
        out.writeInt(items.size());
        for (String s : items) {
            out.writeUTF(s);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }
}
