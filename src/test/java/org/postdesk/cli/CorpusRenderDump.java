package org.postdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.PreviewRenderer;

/**
 * A check for refactorings that must not change what we render: writes {@code render}'s output
 * for every post of every corpus blog into a folder, one file per post, and prints one digest of
 * them all. Run it before and after a change and compare the digests (or {@code diff -r} the
 * folders). Not a test: a tool, run with
 * {@code java -cp "target/test-classes:target/classes:CLASSPATH" org.postdesk.cli.CorpusRenderDump OUT [CORPUS]}
 * (CORPUS defaults to {@code ../shared/corpus}).
 */
public final class CorpusRenderDump {
    private CorpusRenderDump() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path out = Path.of(args[0]);
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        PreviewRenderer renderer = JekyllEngines.previewRenderer();
        int posts = 0;
        List<Path> blogs;
        try (Stream<Path> list = Files.list(corpus)) {
            blogs = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path blog : blogs) {
            Optional<LoadedBlog> loaded = Optional.of(LoadedBlog.load(blog));
            List<Path> files;
            try (Stream<Path> walk = Files.walk(blog)) {
                files = walk.filter(f -> isPost(blog, f)).sorted().toList();
            }
            for (Path file : files) {
                String html;
                try {
                    html = RenderCommand.render(file, PostFiles.read(file), loaded, renderer).html();
                } catch (PostIoException e) {
                    html = "unreadable: " + e.getMessage();
                }
                Path target = out.resolve(corpus.relativize(file) + ".html");
                Files.createDirectories(target.getParent());
                byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
                Files.write(target, bytes);
                all.update(corpus.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                all.update(bytes);
                posts++;
            }
        }
        System.out.println(posts + " posts rendered into " + out + ", digest " + HexFormat.of().formatHex(all.digest()));
    }

    private static boolean isPost(Path blog, Path file) {
        String rel = blog.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (rel.startsWith("_posts/") || rel.startsWith("_drafts/"))
                && (name.endsWith(".md") || name.endsWith(".markdown"));
    }
}
