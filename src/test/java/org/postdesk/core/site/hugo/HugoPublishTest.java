package org.postdesk.core.site.hugo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.MoveReport;
import org.postdesk.core.blog.PostMoves;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.Site;

/** Publish and unpublish a Hugo page: the draft flag changes in place, nothing else does. */
class HugoPublishTest {
    @TempDir
    Path dir;

    private Site site() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "title = 'x'\n");
        Files.createDirectories(dir.resolve("content/posts"));
        return Generators.standard().open(dir);
    }

    private Path post(String name, String text) throws IOException {
        return Files.writeString(dir.resolve("content/posts").resolve(name), text);
    }

    @Test
    void tomlYamlAndJsonFlagsChangeTheirValueOnly() throws Exception {
        Site site = site();
        String toml = "\uFEFF+++\r\ntitle = \"A\" # the title\r\ndraft   =   true # not yet\r\n[params]\r\ndraft = true\r\n+++\r\nbody draft = true\r\n";
        String yaml = "---\ntitle: B\ndraft: True   # later\ntags: [a]\n---\ndraft: true\n";
        String json = "{\n  \"title\": \"C\",\n  \"params\": {\"draft\": true},\n  \"draft\": true\n}\nbody\n";
        Path a = post("a.md", toml);
        Path b = post("b.md", yaml);
        Path c = post("c.md", json);
        PostMoves moves = new PostMoves(site.folder());
        for (Path p : new Path[] {a, b, c}) {
            MoveReport r = moves.publish(p, LocalDate.of(2024, 1, 2));
            assertThat(r.to()).isEqualTo(p);
            assertThat(r.sentence()).startsWith("Published content/posts/");
        }
        assertThat(Files.readString(a)).isEqualTo(toml.replace("draft   =   true # not", "draft   =   false # not"));
        assertThat(Files.readString(b)).isEqualTo(yaml.replace("draft: True", "draft: false"));
        assertThat(Files.readString(c)).isEqualTo(json.replace("\"draft\": true\n}", "\"draft\": false\n}"));
        assertThat(Files.list(dir.resolve("content/posts")).count()).isEqualTo(3);
    }

    @Test
    void unpublishAddsTheFlagWhenThePageHasNone() throws Exception {
        Site site = site();
        Path a = post("a.md", "+++\ntitle = 'A'\n[params]\nx = 1\n+++\n");
        Path b = post("b.md", "---\r\ntitle: B\r\n---\r\n");
        Path c = post("c.md", "{\"title\": \"C\"}\n");
        PostMoves moves = new PostMoves(site.folder());
        moves.unpublish(a);
        moves.unpublish(b);
        moves.unpublish(c);
        assertThat(Files.readString(a)).isEqualTo("+++\ntitle = 'A'\ndraft = true\n[params]\nx = 1\n+++\n");
        assertThat(Files.readString(b)).isEqualTo("---\r\ntitle: B\r\ndraft: true\r\n---\r\n");
        assertThat(Files.readString(c)).isEqualTo("{\n  \"draft\": true,\"title\": \"C\"}\n");
        String before = Files.readString(a);
        moves.publish(a, LocalDate.of(2024, 1, 2));
        assertThat(Files.readString(a)).isEqualTo(before.replace("draft = true", "draft = false"));
    }

    @Test
    void aPageWithoutFrontMatterIsRefusedWithASentence() throws Exception {
        Site site = site();
        Path a = post("a.md", "just text, draft = true\n");
        assertThatThrownBy(() -> new PostMoves(site.folder()).unpublish(a)).isInstanceOf(PostIoException.class)
                .hasMessage("content/posts/a.md has no front matter Postdesk can set \"draft\" in; the file is unchanged.");
        Path b = post("b.md", "+++\ntitle = 'never closed'\n");
        assertThatThrownBy(() -> new PostMoves(site.folder()).unpublish(b)).isInstanceOf(PostIoException.class);
        assertThat(Files.readString(b)).isEqualTo("+++\ntitle = 'never closed'\n");
    }

    @Test
    void aBundleKeepsItsNameWhenTheTitleChanges() throws Exception {
        Site site = site();
        Path bundle = Files.createDirectories(dir.resolve("content/posts/trip"));
        Path index = Files.writeString(bundle.resolve("index.md"), "---\ntitle: Trip\n---\n");
        Path plain = post("plain.md", "---\ntitle: Plain\n---\n");
        PostMoves moves = new PostMoves(site.folder());
        assertThat(moves.fileNameFor(index, "A new title", LocalDate.of(2024, 1, 2))).isEqualTo("index.md");
        assertThat(moves.fileNameFor(plain, "A new title", LocalDate.of(2024, 1, 2))).isEqualTo("a-new-title.md");
    }
}
