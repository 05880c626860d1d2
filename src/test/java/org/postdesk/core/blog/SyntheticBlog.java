package org.postdesk.core.blog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a Hux-style blog with many posts, for tests and the benchmark: Chinese and English
 * titles, column-aligned front matter, tags, images in {@code postimg/}, a few drafts, a few
 * big posts, and a handful of files with problems.
 */
public final class SyntheticBlog {
    /** What was written. */
    public record Shape(Path root, int posts, int drafts, int bigPosts, int flaggedFiles) {
        public int listed() {
            return posts + drafts + flaggedFiles;
        }
    }

    private static final String[] WORDS = {"反诈", "提醒", "客服", "退款", "刷单", "骗局", "警方", "案例",
        "security", "notes", "jekyll", "java", "travel", "photo"};
    private static final String[] TAGS = {"其他", "防骗指南", "案例", "Java", "Jekyll", "生活"};

    private SyntheticBlog() {
    }

    public static Shape create(Path root, int posts, long seed) {
        try {
            return write(root, posts, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Shape write(Path root, int posts, long seed) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(root.resolve("_posts/archive"));
        Files.createDirectories(root.resolve("_drafts"));
        Files.createDirectories(root.resolve("_layouts"));
        Files.createDirectories(root.resolve("postimg"));
        Files.writeString(root.resolve("_config.yml"), "title: 合成博客\nbaseurl: \"\"\nurl: \"https://example.org\"\n"
                + "markdown: kramdown\npermalink: pretty\nkramdown:\n  input: GFM\n");
        Files.writeString(root.resolve("_layouts/post.html"), "{{ content }}\n");
        Files.writeString(root.resolve("_layouts/page.html"), "{{ content }}\n");
        LocalDate day = LocalDate.of(2010, 1, 1);
        int drafts = posts / 100;
        int big = 0;
        for (int i = 0; i < posts; i++) {
            day = day.plusDays(random.nextInt(3) == 0 ? 1 : 0);
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i;
            String folder = i % 10 == 0 ? "_posts/archive/" : "_posts/";
            String name = Slugs.datedName(day, "post-" + i, i % 7 == 0 ? "markdown" : "md");
            boolean isBig = i % 1000 == 999;
            big += isBig ? 1 : 0;
            Files.write(root.resolve(folder + name), post(title, day, i, random, isBig ? 2_000_000 : 1500 + random.nextInt(4000)));
        }
        for (int i = 0; i < drafts; i++) {
            Files.write(root.resolve("_drafts/草稿-" + i + ".md"), post("草稿 " + i, null, i, random, 800));
        }
        Files.writeString(root.resolve("_posts/README.md"), "# About these posts\n");
        Files.writeString(root.resolve("_posts/2024-02-07.md"), "---\ntitle: 没有标题\n---\n正文\n");
        Files.writeString(root.resolve("_posts/2024-02-08-broken.md"), "---\ntitle: [unclosed\n---\nbody\n");
        Files.write(root.resolve("_posts/2024-02-09-gbk.md"), new byte[] {'-', '-', '-', '\n', 't', 'i', 't',
            'l', 'e', ':', ' ', (byte) 0xC4, (byte) 0xE3, '\n', '-', '-', '-', '\n'});
        Files.writeString(root.resolve("_posts/photo.png"), "not listed");
        return new Shape(root, posts, drafts, big, 4);
    }

    private static byte[] post(String title, LocalDate day, int i, Random random, int bodyBytes) {
        StringBuilder sb = new StringBuilder(bodyBytes + 400);
        sb.append("---\nlayout:     post\ntitle:      \"").append(title).append("\"\n");
        if (day != null) {
            sb.append(i % 3 == 0 ? "date:       " + day + " 19:30:00 +0800\n" : "date:       " + day + "\n");
        }
        sb.append("author:     ").append(i % 5 == 0 ? "编辑部" : "转载").append('\n');
        sb.append("header-img: img/the-first.png\ncatalog:    true\ntags:\n");
        sb.append("    - ").append(TAGS[random.nextInt(TAGS.length)]).append('\n');
        sb.append("    - ").append(TAGS[random.nextInt(TAGS.length)]).append("\n---\n\n");
        while (sb.length() < bodyBytes) {
            sb.append("当前，电信网络诈骗犯罪已成为侵害群众利益的主要刑事犯罪之一。Some English words too.\n\n");
            if (random.nextInt(8) == 0) {
                sb.append("![]({{site.baseurl}}/postimg/img-").append(random.nextInt(500)).append(".png)\n\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
