package org.postdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's Main in a child JVM started under a locale whose encoding is ASCII: {@code LANG=C},
 * or a UTF-8 locale that is not installed ({@code xx_XX.UTF-8}; Java falls back to ASCII file names then). A post
 * with a Chinese name must still be listed, rendered and checked (decision record 0033).
 */
class AsciiLocaleTest {
    @TempDir
    Path dir;

    private static final String POST = "2021-12-17-止付2.9亿.md";

    private Path blog() throws Exception {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve("_config.yml"), "title: 反诈\n");
        Files.writeString(blog.resolve("_posts").resolve(POST),
                "---\ntitle: 止付，2.9亿！\n---\n\n清远市反诈骗中心提醒您。\n\n![图](/img/不在这里.png)\n");
        return blog;
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "POSIX", "zh_CN.UTF-8", "xx_XX.UTF-8"})
    void aChineseNamedPostRendersUnderAnAsciiLocale(String lang) throws Exception {
        Path post = blog().resolve("_posts").resolve(POST);
        Run run = run(lang, "render", post.toString());
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains("清远市反诈骗中心提醒您。").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "xx_XX.UTF-8"})
    void checkNamesTheChineseNamedPostUnderAnAsciiLocale(String lang) throws Exception {
        Path blog = blog();
        Run run = run(lang, "check", blog.toString());
        // one problem: the image that is not there; the line names the post by its real name
        assertThat(run.output).as(run.output).contains("_posts/" + POST + ":7: error")
                .contains("不在这里.png").doesNotContain("Exception").doesNotContain("\uFFFD");
        assertThat(run.exit).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void whereNoRelaunchHelpsTheNameIsSaidUnreadableAndTextStillPrintsWhole() throws Exception {
        // a system without C.UTF-8: the relaunched child is ASCII as well (simulated by the mark)
        Path blog = blog();
        Files.writeString(blog.resolve("_posts/2024-01-02-ascii.md"), "---\ntitle: t\n---\n\n中文正文。\n");
        Run render = runMarked("C", Utf8Relaunch.MARK, "render", blog.resolve("_posts/2024-01-02-ascii.md").toString());
        assertThat(render.exit).as(render.output).isZero();
        assertThat(render.output).contains("中文正文。");

        Run check = runMarked("C", Utf8Relaunch.MARK, "check", blog.toString());
        assertThat(check.output).as(check.output).contains("Postdesk cannot open this file by its name")
                .contains("LANG=C.UTF-8").contains("left as it is")
                .doesNotContain("Exception").doesNotContain("Malformed");
        assertThat(check.exit).isEqualTo(1);
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String lang, String... args) throws Exception {
        return runMarked(lang, null, args);
    }

    private static Run runMarked(String lang, String mark, String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().put("LANG", lang);
        pb.environment().remove(Utf8Relaunch.MARK);
        if (mark != null) {
            pb.environment().put(mark, "1");
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }
}
