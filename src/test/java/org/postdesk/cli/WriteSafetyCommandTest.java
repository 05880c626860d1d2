package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postdesk.attack.AttackBlog;

/**
 * The command line against the write policy (decision 0023): read-only and linked posts, image
 * folders that are links out of the blog, notes and alt text of imported images. Each case checks
 * what an author would: the exit code, the sentence, the bytes and mode of the file, and that the
 * folder outside the blog is exactly as it was.
 */
@Tag("permissions")
class WriteSafetyCommandTest {
    private static final String POST = "---\nlayout: post\ntitle: Hello\n---\nbody\n";

    @TempDir
    Path dir;

    private AttackBlog attack;
    private SortedMap<String, String> outsideBefore;

    @BeforeEach
    void blog() throws IOException {
        attack = AttackBlog.create(dir);
        attack.writeOutside("post.md", POST);
        attack.writeOutside("drafts/2024-01-01-far.md", POST);
    }

    private void outsideIsUntouched() throws IOException {
        assertThat(attack.outsideSnapshot()).as("the folder outside the blog").isEqualTo(outsideBefore);
    }

    private void remember() throws IOException {
        outsideBefore = attack.outsideSnapshot();
    }

    @Test
    void setRefusesAReadOnlyPostAndLeavesItAsItWas() throws IOException {
        Path post = Files.writeString(attack.post("ro"), POST);
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("r--r--r--"));

        CliRunner r = CliRunner.run("set", post.toString(), "title=Changed");

        assertThat(r.exit).as(r.out + r.err).isEqualTo(Cli.FAILURE);
        assertThat(r.err).contains("read-only (its permissions are r--r--r--)").contains("left as it was")
                .doesNotContain("Exception");
        assertThat(Files.readString(post)).isEqualTo(POST);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(post))).isEqualTo("r--r--r--");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-------", "rw-rw-r--", "rw-r-----"})
    void setKeepsThePostsOwnMode(String mode) throws IOException {
        Path post = Files.writeString(attack.post("mode"), POST);
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString(mode));

        CliRunner r = CliRunner.run("set", post.toString(), "title=Changed");

        assertThat(r.exit).as(r.err).isZero();
        assertThat(Files.readString(post)).contains("title: Changed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(post))).isEqualTo(mode);
    }

    @Test
    void setThroughALinkToAPostInsideTheBlogWritesTheTargetAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(attack.post("real"), POST);
        Path alias = attack.link("_posts/2024-01-01-alias.md", real.getFileName());

        CliRunner r = CliRunner.run("set", alias.toString(), "title=Through the link");

        assertThat(r.exit).as(r.err).isZero();
        assertThat(Files.isSymbolicLink(alias)).as("the link is still a link").isTrue();
        assertThat(Files.readSymbolicLink(alias)).isEqualTo(real.getFileName());
        assertThat(Files.readString(real)).contains("title: Through the link");
    }

    @Test
    void setRefusesAPostThatIsALinkOutOfTheBlog() throws IOException {
        Path link = attack.link("_posts/2024-01-01-out.md", attack.outside().resolve("post.md"));
        remember();

        CliRunner r = CliRunner.run("set", link.toString(), "title=Pwned");

        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(r.err).contains("outside the blog").doesNotContain("Exception");
        assertThat(Files.isSymbolicLink(link)).as("the link was not replaced by a copy").isTrue();
        outsideIsUntouched();
    }

    @Test
    void setRefusesAPostReachedThroughALinkedDraftsFolder() throws IOException {
        attack.link("_drafts/linked", attack.outside().resolve("drafts"));
        Path post = attack.blog().resolve("_drafts/linked/2024-01-01-far.md");
        remember();

        CliRunner r = CliRunner.run("set", post.toString(), "title=Pwned");

        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(r.err).contains("outside the blog");
        outsideIsUntouched();
    }

    @Test
    void setRefusesADanglingLinkAndKeepsIt() throws IOException {
        Path link = attack.link("_posts/2024-01-01-gone.md", attack.outside().resolve("gone.md"));
        remember();

        CliRunner r = CliRunner.run("set", link.toString(), "title=x");

        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(attack.outside().resolve("gone.md")).doesNotExist();
        outsideIsUntouched();
    }

    @Test
    void setRefusesDotDotAfterALinkThatWouldLeaveTheBlog() throws IOException {
        attack.link("_drafts/linked", attack.outside().resolve("drafts"));
        // the system resolves linked/.. to the outside folder's parent; the text says _drafts/
        Files.writeString(attack.root().resolve("2024-01-01-up.md"), POST);
        SortedMap<String, String> rootBefore = AttackBlog.snapshot(attack.root());
        Path post = Path.of(attack.blog() + "/_drafts/linked/../2024-01-01-up.md");

        CliRunner r = CliRunner.run("set", post.toString(), "title=Pwned");

        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(AttackBlog.snapshot(attack.root())).isEqualTo(rootBefore);
    }

    @Test
    void importImageRefusesAnImageFolderThatIsALinkOut() throws IOException {
        Path post = Files.writeString(attack.post("img"), POST);
        attack.link("postimg", attack.outside());
        Files.writeString(attack.blog().resolve(".postdesk.yml"), "image_folder: postimg\n");
        Path image = Files.write(dir.resolve("photo.png"), AttackBlog.png(0x3366FF));
        remember();

        CliRunner r = CliRunner.run("import-image", post.toString(), image.toString());

        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(r.err).contains("outside the blog").contains("Nothing was written");
        outsideIsUntouched();
    }

    @Test
    void importImageRefusesAConfiguredFolderInsideALinkOut() throws IOException {
        Path post = Files.writeString(attack.post("img2"), POST);
        Files.writeString(attack.blog().resolve(".postdesk.yml"), "image_folder: img/dir-out/new\n");
        Path image = Files.write(dir.resolve("photo.png"), AttackBlog.png(0x3366FF));
        remember();

        CliRunner r = CliRunner.run("import-image", post.toString(), image.toString());

        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(attack.outside().resolve("new")).doesNotExist();
        outsideIsUntouched();
    }

    @Test
    void importImageDoesNotReuseAnIdenticalFileOutsideTheBlog() throws IOException {
        Path post = Files.writeString(attack.post("same"), POST);
        attack.link("postimg", attack.outside());
        Files.writeString(attack.blog().resolve(".postdesk.yml"), "image_folder: postimg\n");
        Path copy = Files.copy(attack.outside().resolve("secret.png"), dir.resolve("secret.png"));
        remember();

        CliRunner r = CliRunner.run("import-image", post.toString(), copy.toString());

        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(r.out).as("no Markdown pointing at the outside file").isEmpty();
        assertThat(r.err).contains("outside the blog");
        outsideIsUntouched();
    }

    @Test
    void importImageTellsAboutScriptsInAnSvg() throws IOException {
        Path post = Files.writeString(attack.post("svg"), POST);
        Path svg = Files.writeString(dir.resolve("drawing.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='4'"
                + " height='4' onload='alert(1)'><script>alert(2)</script><rect width='4' height='4'/></svg>\n");

        CliRunner r = CliRunner.run("import-image", post.toString(), svg.toString());

        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.err).contains("note:").contains("scripts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{% include x %}.png", "{{ site.title }}.png", "a]b[c.png", "two\nlines.png",
            "{%{%raw%}.png"})
    void importImageAltTextCarriesNoLiquidAndNoBrokenMarkdown(String name) throws IOException {
        Path post = Files.writeString(attack.post("alt"), POST);
        Path image = Files.write(dir.resolve(name), AttackBlog.png(0x00FF00));

        CliRunner r = CliRunner.run("import-image", post.toString(), image.toString());

        assertThat(r.exit).as(r.err).isZero();
        String line = r.out.strip();
        assertThat(line).doesNotContain("{%").doesNotContain("{{site.baseurl}}{{").doesNotContain("\n");
        String alt = line.substring(2, line.lastIndexOf("]("));
        assertThat(alt).doesNotContain("{{").doesNotContain("{%");
        assertThat(alt.replace("\\]", "").replace("\\[", "")).doesNotContain("]").doesNotContain("[");
        assertThat(new String(Files.readAllBytes(post), StandardCharsets.UTF_8)).isEqualTo(POST);
    }
}
