package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Front-matter edit safety (decision 0022) through the command line: hostile values are written so that a YAML
 * 1.1 reader reads them back, aliases stay valid, and every refusal is one sentence without a
 * Java exception name, with the file untouched.
 */
class FrontMatterSafetyCliTest {
    @TempDir
    Path dir;

    private Path post(String frontMatter) throws IOException {
        return Files.writeString(dir.resolve("2024-01-01-p.md"), "---\n" + frontMatter + "---\nbody\n");
    }

    private static Map<String, Object> frontMatter(Path post) throws IOException {
        String text = Files.readString(post);
        String fm = text.substring(4, text.indexOf("\n---\n") + 1);
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(fm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: b", "a:", "? x", "!ruby/object:X {}", ":`", "&é：`!", "😀}\u3000", "!!binary aGVsbG8=",
        "12:30", "a #b"})
    void theIssuesValuesAreWrittenAsTheirText(String value) throws IOException {
        Path post = post("layout: post\ntitle: Hello\nsubtitle: S\n");
        CliRunner r = CliRunner.run("set", post.toString(), "title=" + value);
        assertThat(r.exit).as(r.err).isZero();
        assertThat(frontMatter(post)).containsEntry("title", value).containsEntry("layout", "post")
                .containsEntry("subtitle", "S");
    }

    @Test
    void anAnchoredTitleKeepsItsAliasValid() throws IOException {
        Path post = post("title: &t Hello\nsubtitle: *t\n");
        CliRunner r = CliRunner.run("set", post.toString(), "title=x");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(frontMatter(post)).containsEntry("title", "x").containsEntry("subtitle", "Hello");
    }

    @Test
    void anAliasValueIsEditedNotRefusedWithAnExceptionName() throws IOException {
        Path post = post("title: &t Hello\nsubtitle: *t\n");
        CliRunner r = CliRunner.run("set", post.toString(), "subtitle=World");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(frontMatter(post)).containsEntry("title", "Hello").containsEntry("subtitle", "World");
    }

    @Test
    void aRefusalIsOneSentenceAndTheFileIsUntouched() throws IOException {
        String before = "---\n{title: a, layout: post}\n---\nbody\n";
        Path post = Files.writeString(dir.resolve("flow.md"), before);
        CliRunner r = CliRunner.run("set", post.toString(), "subtitle=x");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1);
        assertThat(r.err).contains("not changed").doesNotContain("Exception").doesNotContain("java.");
        assertThat(Files.readString(post)).isEqualTo(before);
    }

    @Test
    void newWritesATitleWithAControlCharacterEscaped() throws IOException {
        Files.createDirectories(dir.resolve("blog/_posts"));
        Files.writeString(dir.resolve("blog/_posts/2021-01-01-a.md"), "---\nlayout: post\ntitle: A\nauthor: Me\n---\n");
        CliRunner r = CliRunner.run("new", dir.resolve("blog").toString(), "--title", "a\u009Bb", "--date", "2024-02-10");
        assertThat(r.exit).as(r.err).isZero();
        Path created = dir.resolve("blog").resolve(r.out.strip());
        assertThat(Files.readString(created)).contains("\"a\\u009Bb\"");
        assertThat(frontMatter(created)).containsEntry("title", "a\u009Bb").containsEntry("layout", "post")
                .containsEntry("author", "Me");
    }

    @Test
    void newRefusesATitleThatCannotBeSavedWithASentence() throws IOException {
        Files.createDirectories(dir.resolve("blog/_posts"));
        CliRunner r = CliRunner.run("new", dir.resolve("blog").toString(), "--title", "half \uD800", "--date", "2024-02-10");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("broken character").contains("No file was created").doesNotContain("Exception");
        try (var files = Files.list(dir.resolve("blog/_posts"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void argumentsDamagedByAnAsciiLocaleAreRefused() {
        String[] args = {"set", "p.md", "title=\uFFFD\uFFFD"};
        assertThat(Cli.unreadableArguments(args, "ANSI_X3.4-1968")).contains("UTF-8").contains("nothing was changed");
        assertThat(Cli.unreadableArguments(args, "UTF-8")).isNull();
        assertThat(Cli.unreadableArguments(new String[] {"set", "p.md", "title=x"}, "ANSI_X3.4-1968")).isNull();
    }

    @Test
    void underLangCAChineseValueIsRefusedNotWrittenAsGarbage() throws Exception {
        Path post = post("layout: post\ntitle: Hello\n");
        String before = Files.readString(post);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.postdesk.Main", "set", post.toString(), "title=中文").redirectErrorStream(true);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (p.exitValue() == 0) {
            // a JVM that reads its arguments as UTF-8 whatever the locale (Java 18+): then the title is right
            assertThat(Files.readString(post)).contains("中文");
            return;
        }
        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(Files.readString(post)).isEqualTo(before);
        assertThat(List.of(output.strip().split("\n"))).last().asString()
                .contains("UTF-8").doesNotContain("Exception").doesNotContain("Malformed");
    }
}
