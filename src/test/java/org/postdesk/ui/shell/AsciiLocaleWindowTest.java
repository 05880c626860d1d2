package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window in a child JVM started under {@code LANG=C}: a post with a Chinese name opens with
 * its text in an editable editor, not empty and disabled (decision record 0033).
 */
class AsciiLocaleWindowTest {
    @TempDir
    Path dir;

    @Test
    void aChineseNamedPostOpensInTheWindowUnderLangC() throws Exception {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve("_config.yml"), "title: 反诈\n");
        String post = "_posts/2021-12-17-止付2.9亿.md";
        Files.writeString(blog.resolve(post), "---\ntitle: 止付，2.9亿！\n---\n\n清远市反诈骗中心提醒您。\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Dtestfx.robot=glass",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", AsciiLocaleWindowChild.class.getName(), blog.toString(), post,
                dir.resolve("journal").toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(output).contains("OPENED editable=true").contains("清远市反诈骗中心提醒您。");
    }
}
