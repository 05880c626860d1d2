package org.postdesk.core.site.jekyll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postdesk.core.blog.PostFlag;
import org.postdesk.core.blog.PostName;
import org.postdesk.core.blog.Slugs;

class JekyllNamingTest {
    private final JekyllNaming naming = JekyllNaming.withDefaults();

    static Stream<Arguments> cases() throws IOException {
        Path table = Path.of("src/test/resources/blog/post-names.tsv");
        return Files.readAllLines(table, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(c -> Arguments.of(c[0], c[1], c[2], c.length > 3 ? c[3] : ""));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("cases")
    void namesAreReadAsJekyllReadsThem(String path, String verdict, String date, String sentence) {
        PostName name = naming.classify(path);
        switch (verdict) {
            case "post" -> assertThat(name.flag()).isNull();
            case "draft" -> {
                assertThat(name.draft()).isTrue();
                assertThat(name.flag()).isNull();
            }
            case "ignored" -> {
                assertThat(name.flag().kind()).isEqualTo(PostFlag.Kind.IGNORED_NAME);
                assertThat(name.readByGenerator()).isFalse();
            }
            case "notmd" -> assertThat(name.flag().kind()).isEqualTo(PostFlag.Kind.NOT_MARKDOWN);
            case "baddate" -> assertThat(name.flag().kind()).isEqualTo(PostFlag.Kind.BAD_DATE_IN_NAME);
            default -> throw new IllegalArgumentException(verdict);
        }
        if (!date.isEmpty()) {
            assertThat(name.date()).isEqualTo(LocalDate.parse(date));
        }
        if (!sentence.isEmpty()) {
            assertThat(name.flag().message()).contains(sentence).endsWith(".");
        }
    }

    @Test
    void configuredMarkdownExtensionsCount() {
        JekyllNaming custom = new JekyllNaming(List.of("md", "txt"));
        assertThat(custom.classify("_posts/2024-01-01-notes.txt").flag()).isNull();
        assertThat(custom.classify("_posts/2024-01-01-notes.markdown").flag().kind())
                .isEqualTo(PostFlag.Kind.NOT_MARKDOWN);
    }

    @Test
    void onlyMarkdownAndDatedFilesAreListed() {
        assertThat(naming.isCandidate("2024-01-01-a.md")).isTrue();
        assertThat(naming.isCandidate("README.md")).isTrue();
        assertThat(naming.isCandidate("x.md~")).isTrue();
        assertThat(naming.isCandidate("2024-01-01-a.html")).isTrue();
        assertThat(naming.isCandidate("photo.png")).isFalse();
        assertThat(naming.isCandidate(".DS_Store")).isFalse();
    }

    @Test
    void slugsFollowJekyllAndKeepChinese() {
        assertThat(Slugs.slugify("Hello, World: Jekyll 4!")).isEqualTo("hello-world-jekyll-4");
        assertThat(Slugs.slugify("止付，2.9亿！")).isEqualTo("止付-2-9亿");
        assertThat(Slugs.slugify("接到“客服”退款电话？先挂断")).isEqualTo("接到-客服-退款电话-先挂断");
        assertThat(Slugs.slugifyAscii("Café crème & Java 17")).isEqualTo("cafe-creme-java-17");
        assertThat(Slugs.slugifyAscii("防范冒充客服诈骗")).isEmpty();
        assertThat(Slugs.slugify("a".repeat(300)).length()).isLessThanOrEqualTo(180);
    }

    @Test
    void newFileNamesHaveTheDateAndASlug() {
        LocalDate day = LocalDate.of(2024, 2, 7);
        assertThat(JekyllNaming.newPostFileName(day, "My First Post", false)).isEqualTo("2024-02-07-my-first-post.md");
        assertThat(JekyllNaming.newPostFileName(day, "防范冒充客服诈骗", false)).isEqualTo("2024-02-07-防范冒充客服诈骗.md");
        assertThat(JekyllNaming.newPostFileName(day, "防范冒充客服诈骗", true)).isEqualTo("2024-02-07-post.md");
        assertThat(naming.classify("_posts/" + JekyllNaming.newPostFileName(day, "止付，2.9亿！", false)).flag()).isNull();
    }
}
