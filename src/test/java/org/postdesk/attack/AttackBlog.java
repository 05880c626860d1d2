package org.postdesk.attack;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A small Jekyll blog built for attacks, with a folder of secrets beside it that nothing of
 * ours may read or write, and symbolic links from inside the blog pointing there.
 *
 * <pre>
 * ROOT/blog/_config.yml, _posts/, _includes/note.html, img/ok.png (a real image)
 * ROOT/blog/img/link-out.png  -> ROOT/outside/secret.png   (a file link leaving the blog)
 * ROOT/blog/img/dir-out       -> ROOT/outside              (a folder link leaving the blog)
 * ROOT/outside/secret.png, secret.txt, secret.css, secret.svg, secret.html
 * </pre>
 *
 * The hostile post bodies are {@code src/test/resources/attacks/*.md}; in them
 * {@code @@OUTSIDE_DIR@@} stands for the absolute path of the outside folder and
 * {@code @@OUTSIDE_URL@@} for its {@code file:} URL (no trailing slash), so a vector can name
 * the real secrets wherever the test runs. Each file's first line may be an HTML comment that
 * says what it attacks.
 */
public final class AttackBlog {
    /** One hostile post: its file name (without .md) and its text with the paths filled in. */
    public record Vector(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Path root;
    private final Path blog;
    private final Path outside;

    private AttackBlog(Path root) {
        this.root = root;
        this.blog = root.resolve("blog");
        this.outside = root.resolve("outside");
    }

    /** Builds the blog and its outside folder under {@code dir} (a fresh temporary folder). */
    public static AttackBlog create(Path dir) throws IOException {
        AttackBlog a = new AttackBlog(dir.toRealPath());
        Files.createDirectories(a.outside);
        Files.write(a.outside.resolve("secret.png"), png(0xC00000));
        Files.writeString(a.outside.resolve("secret.txt"), "root:x:0:0:secret\n");
        Files.writeString(a.outside.resolve("secret.css"), "body { background: red }\n");
        Files.writeString(a.outside.resolve("secret.svg"),
                "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><rect width='9' height='9'/></svg>\n");
        Files.writeString(a.outside.resolve("secret.html"), "<p>secret</p>\n");
        Files.createDirectories(a.blog.resolve("_posts"));
        Files.createDirectories(a.blog.resolve("_includes"));
        Files.createDirectories(a.blog.resolve("img"));
        Files.writeString(a.blog.resolve("_config.yml"), "title: Attack\nbaseurl: \"\"\n");
        Files.writeString(a.blog.resolve("_includes/note.html"), "<p class=\"note\">{{ include.text }}</p>\n");
        Files.write(a.blog.resolve("img/ok.png"), png(0x00A000));
        Files.createSymbolicLink(a.blog.resolve("img/link-out.png"), a.outside.resolve("secret.png"));
        Files.createSymbolicLink(a.blog.resolve("img/dir-out"), a.outside);
        return a;
    }

    /** The whole temporary folder (blog and outside). */
    public Path root() {
        return root;
    }

    /** The blog's real root. */
    public Path blog() {
        return blog;
    }

    /** The folder nothing may read or write. */
    public Path outside() {
        return outside;
    }

    /** Where a post named {@code name} of this blog goes. */
    public Path post(String name) {
        return blog.resolve("_posts").resolve("2024-01-01-" + name + ".md");
    }

    /** Writes a vector as a post of the blog (front matter added when it has none) and returns its path. */
    public Path write(Vector vector) throws IOException {
        String text = vector.text().startsWith("---") ? vector.text()
                : "---\nlayout: post\ntitle: " + vector.name() + "\n---\n" + vector.text();
        Path post = post(vector.name());
        Files.writeString(post, text);
        return post;
    }

    /** Whether a path, its symbolic links resolved as far as they exist, lies outside the blog's real root. */
    public boolean isOutsideBlog(Path path) {
        Path p = path.toAbsolutePath().normalize();
        try {
            p = p.toRealPath();
        } catch (IOException e) {
            // a path that does not exist: judged by its text
        }
        return !p.startsWith(blog);
    }

    /**
     * Creates a symbolic link at {@code relative} (inside the blog, folders made as needed)
     * pointing at {@code target} (absolute, or relative to the link's folder), and returns the link.
     */
    public Path link(String relative, Path target) throws IOException {
        Path link = blog.resolve(relative);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, target);
    }

    /** Writes a file in the outside folder (folders made as needed) and returns it. */
    public Path writeOutside(String relative, String text) throws IOException {
        Path file = outside.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /**
     * Everything the outside folder holds, for "nothing changed outside" assertions: each path
     * relative to it with its kind, POSIX mode, owner and a digest of its bytes. Links are not followed.
     */
    public SortedMap<String, String> outsideSnapshot() throws IOException {
        return snapshot(outside);
    }

    /** As {@link #outsideSnapshot()}, for any folder (the whole temporary root, say). */
    public static SortedMap<String, String> snapshot(Path dir) throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                String kind = Files.isSymbolicLink(p) ? "link->" + Files.readSymbolicLink(p)
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir"
                        : "file:" + HexFormat.of().formatHex(digest(Files.readAllBytes(p)));
                String mode = PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                String owner = Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName();
                out.put(dir.relativize(p).toString(), kind + " " + mode + " " + owner);
            }
        }
        return out;
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every vector in {@code src/test/resources/attacks/}, paths filled in for this blog. */
    public List<Vector> vectors() throws IOException {
        List<Vector> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(vectorFolder())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.md$", "");
                out.add(new Vector(name, fill(Files.readString(f, StandardCharsets.UTF_8))));
            }
        }
        return out;
    }

    /** A vector's text with {@code @@OUTSIDE_DIR@@} and {@code @@OUTSIDE_URL@@} filled in. */
    public String fill(String text) {
        return text.replace("@@OUTSIDE_URL@@", outside.toUri().toString().replaceFirst("/$", ""))
                .replace("@@OUTSIDE_DIR@@", outside.toString());
    }

    private static Path vectorFolder() {
        URL url = AttackBlog.class.getResource("/attacks");
        if (url == null) {
            throw new IllegalStateException("src/test/resources/attacks/ is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real 8x8 PNG of one colour. */
    public static byte[] png(int rgb) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
