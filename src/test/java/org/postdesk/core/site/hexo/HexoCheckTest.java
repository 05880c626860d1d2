package org.postdesk.core.site.hexo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.CheckProblem;
import org.postdesk.core.site.Site;

/** What {@code check} says about a Hexo site: what Hexo would leave out or stop on, and nothing that works. */
class HexoCheckTest {
    @TempDir
    Path dir;

    private List<String> check(String config) throws Exception {
        Site site = HexoSites.open(dir);
        return site.check(HexoSites.index(site)).stream().map(p -> p.path() + ":" + p.line() + ": " + p.message())
                .toList();
    }

    @Test
    void workingImagesAndTagsAreNotReported() throws Exception {
        HexoSites.site(dir, "post_asset_folder: true\n");
        HexoSites.write(dir, "source/images/ridge.png", "png");
        HexoSites.write(dir, "source/_posts/trip/lake.png", "png");
        HexoSites.write(dir, "source/_posts/trip.md", "---\ntitle: Trip\n---\n![r](/images/ridge.png)\n\n![l](lake.png)\n\n"
                + "![u](../images/ridge.png)\n\n{% asset_img lake.png \"The lake\" %}\n\n{% asset_img big lake.png 400 %}\n\n"
                + "{% post_link other %} {% post_path 'Other post' %}\n");
        HexoSites.write(dir, "source/_posts/other.md", "---\ntitle: Other post\n---\nx\n");
        assertThat(check("")).isEmpty();
    }

    @Test
    void brokenAssetTagsAndPostLinksAreErrorsNamingTheFolder() throws Exception {
        HexoSites.site(dir, "post_asset_folder: true\n");
        HexoSites.write(dir, "source/_posts/trip/lake.png", "png");
        HexoSites.write(dir, "source/_posts/trip.md", "---\ntitle: Trip\n---\n{% asset_img map.png %}\n\n"
                + "{% asset_img Lake.png %}\n\n{% post_link nowhere %}\n\n![m](missing.png)\n\n"
                + "`{% asset_img code.png %}`\n\n```\n{% post_link in-code %}\n```\n\n    {% asset_img indented.png %}\n");
        List<String> problems = check("");
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("source/_posts/trip.md:4: {% asset_img map.png %} names no file in the"
                + " post's asset folder source/_posts/trip/");
        assertThat(problems.get(1)).startsWith("source/_posts/trip.md:6:").contains("source/_posts/trip/lake.png")
                .contains("other letter case");
        assertThat(problems.get(2)).startsWith("source/_posts/trip.md:8:").contains("Post not found");
        assertThat(problems.get(3)).startsWith("source/_posts/trip.md:10:").contains("source/_posts/trip/missing.png");
    }

    @Test
    void anAssetTagWithoutAssetFoldersSaysWhichSettingIsOff() throws Exception {
        HexoSites.site(dir, "post_asset_folder: false\n");
        HexoSites.write(dir, "source/_posts/trip.md", "---\ntitle: Trip\n---\n{% asset_img map.png %}\n");
        assertThat(check("")).singleElement().asString().contains("post_asset_folder off");
    }

    @Test
    void ignoredNamesAndBrokenFrontMatterAreReported() throws Exception {
        HexoSites.site(dir, "title: T\n");
        HexoSites.write(dir, "source/_posts/_notes.md", "---\ntitle: N\n---\nx\n");
        HexoSites.write(dir, "source/_posts/bad.md", "---\ntitle: [unclosed\n---\nx\n");
        List<String> problems = check("");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("source/_posts/_notes.md").contains("Hexo skips"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("source/_posts/bad.md:").contains("Hexo stops"));
    }

    /**
     * The corpus's asset_img tags in copies whose asset files are made from each blog's list of
     * files (TREE.txt): a tag is reported only when none of its arguments, exactly as written,
     * names a file the repository has in the post's asset folder (Hexo looks each argument up as
     * it is); every post_link names a post.
     */
    @Test
    void theCorpusTagsThatWorkInHexoAreNotReported() throws Exception {
        Path corpus = HexoCorpus.root();
        HexoCorpus.blog("suyu0925__hexo-blog");
        int tags = 0;
        for (String name : List.of("suyu0925__hexo-blog", "linkcd__blog-hexo", "hexojs__site")) {
            Path copy = dir.resolve(name);
            copyWithAssets(corpus.resolve(name), copy);
            java.util.Set<String> tree = new java.util.HashSet<>(Files.readAllLines(copy.resolve("TREE.txt")));
            Site site = HexoSites.open(copy);
            for (CheckProblem p : site.check(HexoSites.index(site))) {
                assertThat(p.message()).as(p.path()).doesNotContain("post_link");
                if (!p.message().contains("asset_img")) {
                    continue;
                }
                tags++;
                String line = Files.readAllLines(copy.resolve(p.path())).get(p.line() - 1);
                String folder = p.path().substring(0, p.path().length() - 3) + "/";
                java.util.regex.Matcher arg = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)")
                        .matcher(line.substring(line.indexOf("asset_img") + 9, line.indexOf("%}")));
                while (arg.find()) {
                    String a = arg.group(1) != null ? arg.group(1) : arg.group(2);
                    assertThat(tree).as(p.path() + ":" + p.line()).doesNotContain(folder + a);
                }
            }
        }
        assertThat(tags).as("the corpus holds asset_img tags Hexo cannot resolve").isPositive();
    }

    private static void copyWithAssets(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                    target.toFile().setWritable(true);
                }
            }
        }
        for (String line : Files.readAllLines(from.resolve("TREE.txt"))) {
            String rel = line.strip();
            if (rel.startsWith("source/_posts/") && !rel.endsWith(".md") && !rel.contains("..")) {
                Path file = to.resolve(rel);
                Files.createDirectories(file.getParent());
                if (!Files.exists(file)) {
                    Files.writeString(file, "asset");
                }
            }
        }
    }
}
