package org.postdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.render.SyntheticPost;

/** frontmatter_edit_us: parse a post, change its title, serialize; median over the corpus. */
final class FrontMatterBench implements BenchSection {
    @Override
    public void run(BiConsumer<String, Double> record) throws Exception {
        List<byte[]> posts = new ArrayList<>();
        for (Path p : Benchmark.corpusPosts()) {
            posts.add(Files.readAllBytes(p));
        }
        if (posts.isEmpty()) {
            for (int i = 0; i < 500; i++) {
                posts.add(("---\nlayout:     post\ntitle:      \"第 " + i + " 篇\"\ndate:       2021-12-17\n"
                        + "tags:\n    - 其他\n---\n" + SyntheticPost.ofSize(4000)).getBytes(StandardCharsets.UTF_8));
            }
        }
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            for (byte[] bytes : posts) {
                sink += edit(bytes).length;
            }
        }
        List<Double> micros = new ArrayList<>();
        for (byte[] bytes : posts) {
            long t0 = System.nanoTime();
            sink += edit(bytes).length;
            micros.add((System.nanoTime() - t0) / 1000.0);
        }
        record.accept("frontmatter_edit_us", Benchmark.median(micros));
        record.accept("frontmatter_edit_posts", (double) posts.size());
        if (sink == 42) {
            System.out.print("");
        }
    }

    private static byte[] edit(byte[] bytes) {
        PostDocument post = PostDocument.parse(bytes);
        FrontMatterDocument fm = FrontMatterDocument.parse(post.frontMatter());
        if (!fm.isValid()) {
            return bytes;
        }
        return post.withFrontMatter(fm.withString("title", "新的标题 New").text()).toBytes();
    }
}
