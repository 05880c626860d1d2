package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/** {@code postdesk new SITE --title T} on a Hugo site: the archetype, the typed title, a draft, file or bundle. */
class HugoNewCommandTest {
    @TempDir
    Path dir;

    private void write(String rel, String text) throws IOException {
        Path f = dir.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void withoutArchetypeHugosOwnTomlDraftIsWritten() throws IOException {
        write("hugo.toml", "title = 'Notes'\n");
        write("content/posts/old.md", "+++\ntitle = 'old'\n+++\n");
        CliRunner r = CliRunner.run("new", dir.toString(), "--title", "Say \"hi\" \\ 你好", "--date", "2024-02-07");
        assertThat(r.exit).as(r.err).isEqualTo(Cli.OK);
        Path made = dir.resolve("content/posts/say-hi-你好.md");
        assertThat(dir.resolve(r.out.strip())).isEqualTo(made);
        String text = Files.readString(made);
        assertThat(text).startsWith("+++\ntitle = \"Say \\\"hi\\\" \\\\ 你好\"\ndate = 2024-02-07T").endsWith("draft = true\n+++\n");
        TomlParseResult toml = Toml.parse(text.substring(4, text.lastIndexOf("+++")));
        assertThat(toml.errors()).isEmpty();
        assertThat(toml.getString("title")).isEqualTo("Say \"hi\" \\ 你好");
        assertThat(toml.getBoolean("draft")).isTrue();
        assertThat(toml.getOffsetDateTime("date").toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 7));
        CliRunner again = CliRunner.run("new", dir.toString(), "--title", "Say \"hi\" \\ 你好", "--date", "2024-02-07");
        assertThat(again.exit).isNotEqualTo(Cli.OK);
        assertThat(again.err).contains("already exists").contains("unchanged");
        assertThat(Files.readString(made)).isEqualTo(text);
    }

    @Test
    void theSectionsYamlArchetypeKeepsItsFormAndTheTypedTitleWins() throws IOException {
        write("hugo.yaml", "title: Notes\n");
        write("content/post/old.md", "---\ntitle: old\n---\n");
        write("archetypes/default.md", "+++\ntitle = 'wrong archetype'\n+++\n");
        write("archetypes/post.md", "---\ntitle: {{ replace .Name \"-\" \" \" | title }}\ndate: {{ .Date }}\n"
                + "slug: {{ substr .File.UniqueID 0 7 }}\ndraft: false\ntags: [a]\n---\n\n{{< admonition >}}\n");
        CliRunner r = CliRunner.run("new", dir.toString(), "--title", "旅行: day one", "--date", "2024-02-07");
        assertThat(r.exit).as(r.err).isEqualTo(Cli.OK);
        String text = Files.readString(dir.resolve(r.out.strip()));
        assertThat(dir.resolve(r.out.strip())).isEqualTo(dir.resolve("content/post/旅行-day-one.md"));
        assertThat(text).startsWith("---\ntitle: \"旅行: day one\"\ndate: 2024-02-07T")
                .contains("\nslug: {{ substr .File.UniqueID 0 7 }}\ndraft: true\ntags: [a]\n---\n\n{{< admonition >}}\n");
    }

    @Test
    void aSiteOfBundlesGetsABundleAndADirectoryArchetypeToo() throws IOException {
        write("hugo.toml", "title = 'Notes'\n");
        write("content/posts/a/index.md", "+++\ntitle = 'a'\n+++\n");
        write("content/posts/b/index.md", "+++\ntitle = 'b'\n+++\n");
        write("content/posts/c.md", "+++\ntitle = 'c'\n+++\n");
        CliRunner r = CliRunner.run("new", dir.toString(), "--title", "Trip", "--date", "2024-02-07");
        assertThat(r.exit).as(r.err).isEqualTo(Cli.OK);
        assertThat(dir.resolve(r.out.strip())).isEqualTo(dir.resolve("content/posts/trip/index.md"));

        Path other = Files.createDirectories(dir.resolve("second"));
        Files.writeString(other.resolve("hugo.json"), "{\"title\": \"x\"}");
        Files.createDirectories(other.resolve("content/blog"));
        Files.createDirectories(other.resolve("archetypes/blog"));
        Files.writeString(other.resolve("archetypes/blog/index.md"), "{\n  \"title\": \"{{ .Name }}\",\n  \"date\": \"{{ .Date }}\"\n}\n");
        CliRunner json = CliRunner.run("new", other.toString(), "--title", "Json page", "--date", "2024-02-07");
        assertThat(json.exit).as(json.err).isEqualTo(Cli.OK);
        assertThat(other.resolve(json.out.strip())).isEqualTo(other.resolve("content/blog/json-page/index.md"));
        assertThat(Files.readString(other.resolve(json.out.strip()))).startsWith("{\n  \"draft\": true,\n  \"title\": \"Json page\",\n  \"date\": \"2024-02-07T");
    }

    @Test
    void anArchetypeLinkedFromOutsideTheSiteIsNotRead() throws IOException {
        write("hugo.toml", "title = 'Notes'\n");
        Files.createDirectories(dir.resolve("content/posts"));
        Path outside = Files.writeString(Files.createTempFile("secret", ".md"), "---\nsecret: {{ .Name }}\n---\n");
        Files.createDirectories(dir.resolve("archetypes"));
        Files.createSymbolicLink(dir.resolve("archetypes/default.md"), outside);
        CliRunner r = CliRunner.run("new", dir.toString(), "--title", "T", "--date", "2024-02-07");
        assertThat(Files.readString(dir.resolve(r.out.strip()))).doesNotContain("secret").startsWith("+++\ntitle = \"T\"");
        Files.delete(outside);
    }
}
