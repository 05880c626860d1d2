package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.postdesk.SharedFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Renders and checks every post of the corpus (12 real blogs). Existence comes from each blog's
 * TREE.txt. Prints the broken-image figures per blog.
 */
class CorpusSmokeTest {

    private static final Path CORPUS = SharedFolders.corpus();

    record Figures(String blog, int posts, int localImages, int missing, int wrongCase, int outside) {
    }

    @Test
    void everyPostRendersAndBrokenImagesAreCounted() throws IOException {
        SharedFolders.assumePresent(Files.isDirectory(CORPUS), CORPUS);
        PreviewRenderer renderer = JekyllEngines.previewRenderer();
        LocalLinkChecker checker = JekyllEngines.linkChecker();
        List<Figures> all = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (Stream<Path> blogs = Files.list(CORPUS)) {
            for (Path blog : blogs.filter(Files::isDirectory).sorted().toList()) {
                all.add(blog(blog, renderer, checker, failures));
            }
        }
        System.out.printf("%-40s %5s %6s %7s %5s %7s%n", "blog", "posts", "images", "missing", "case", "outside");
        all.forEach(f -> System.out.printf("%-40s %5d %6d %7d %5d %7d%n", f.blog(), f.posts(), f.localImages(),
                f.missing(), f.wrongCase(), f.outside()));
        assertThat(failures).isEmpty();
        assertThat(all.stream().mapToInt(Figures::posts).sum()).isEqualTo(1199);
        assertThat(all.stream().mapToInt(Figures::localImages).sum()).isGreaterThan(400);
    }

    /** The site's folder inside its repository (where _config.yml is: "docs/" for two of them). */
    private static String siteFolder(Path blog) throws IOException {
        String repo = blog.getFileName().toString().replace("__", "/");
        return Files.readAllLines(CORPUS.resolve("MANIFEST.tsv")).stream().map(l -> l.split("\t"))
                .filter(f -> f[0].equals(repo) && f[2].endsWith("_config.yml"))
                .map(f -> f[2].substring(0, f[2].length() - "_config.yml".length())).findFirst().orElse("");
    }

    private static Figures blog(Path blog, PreviewRenderer renderer, LocalLinkChecker checker,
            List<String> failures) throws IOException {
        String folder = siteFolder(blog);
        List<String> tree = Files.readAllLines(blog.resolve("TREE.txt")).stream().filter(p -> p.startsWith(folder))
                .map(p -> p.substring(folder.length())).toList();
        ListBlogFiles files = new ListBlogFiles(tree);
        Map<String, Object> site = PostFixture.config(blog);
        SiteLinks links = treeLinks(tree);
        List<Path> posts;
        try (Stream<Path> walk = Files.walk(blog)) {
            posts = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
                    .filter(p -> blog.relativize(p).toString().matches("_(posts|drafts)[/\\\\].*"))
                    .sorted().toList();
        }
        int images = 0;
        int missing = 0;
        int wrongCase = 0;
        int outside = 0;
        for (Path file : posts) {
            PostFixture post = PostFixture.read(file);
            try {
                RenderRequest request = new RenderRequest(post.document().bodyForEditor(), post.page(), site,
                        blog.toAbsolutePath(), files, links);
                RenderResult r = renderer.render(request);
                if (!renderer.renderBody(request).html().equals(SeparateWalks.body(request))) {
                    failures.add(file + ": the one-walk preview differs from separate walks");
                }
                if (!post.document().bodyForEditor().isBlank() && !r.html().contains("data-line")
                        && !r.html().contains("<")) {
                    failures.add(file + ": empty preview");
                }
                for (ImageLink link : checker.images(post.checkRequest(site, files))) {
                    images++;
                    switch (link.target().kind()) {
                        case MISSING -> missing++;
                        case WRONG_CASE -> wrongCase++;
                        case OUTSIDE, BROKEN_TAG -> outside++;
                        default -> { }
                    }
                }
            } catch (RuntimeException e) {
                failures.add(file + ": " + e);
            }
        }
        return new Figures(blog.getFileName().toString(), posts.size(), images, missing, wrongCase, outside);
    }

    /** post_url and link as Jekyll resolves them, by the file list; the URL is a stand-in. */
    private static SiteLinks treeLinks(List<String> tree) {
        return new SiteLinks() {
            @Override
            public Optional<String> postUrl(String name) {
                return tree.stream().filter(p -> p.startsWith("_posts/"))
                        .filter(p -> p.endsWith("/" + name + ".md") || p.endsWith("/" + name + ".markdown"))
                        .findFirst().map(p -> "/" + name + "/");
            }

            @Override
            public Optional<String> link(String path) {
                return tree.contains(path) ? Optional.of("/" + path) : Optional.empty();
            }
        };
    }
}
