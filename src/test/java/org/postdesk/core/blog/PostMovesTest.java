package org.postdesk.core.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.io.FolderTrash;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.io.Trash;

class PostMovesTest {
    @TempDir
    Path root;

    private BlogFolder blog() throws IOException {
        Files.createDirectories(root.resolve("_posts"));
        Files.createDirectories(root.resolve("_drafts"));
        Files.writeString(root.resolve("_config.yml"), "title: t\n");
        return BlogFolder.open(root);
    }

    private Path write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void publishingMovesTheDraftAndItsFrontMatterDate() throws IOException, PostIoException {
        BlogFolder blog = blog();
        Path draft = write("_drafts/东京-trip.md", "---\nlayout: post\ndate:   2023-12-01 09:30:00 +0800\ntitle: 东京\n---\n正文\n");
        MoveReport r = new PostMoves(blog).publish(draft, LocalDate.of(2024, 2, 7));
        assertThat(r.to()).isEqualTo(root.resolve("_posts/2024-02-07-东京-trip.md"));
        assertThat(draft).doesNotExist();
        assertThat(Files.readString(r.to()))
                .isEqualTo("---\nlayout: post\ndate:   2024-02-07 09:30:00 +0800\ntitle: 东京\n---\n正文\n");
        assertThat(r.sentence()).isEqualTo("Published _drafts/东京-trip.md as _posts/2024-02-07-东京-trip.md.");
    }

    @Test
    void aDraftWithoutDateIsMovedByteForByte() throws IOException, PostIoException {
        BlogFolder blog = blog();
        String text = "---\r\ntitle: 'x'\r\n---\r\nbody";
        Path draft = write("_drafts/sub/idea.markdown", text);
        MoveReport r = new PostMoves(blog).publish(draft, LocalDate.of(2024, 2, 7));
        assertThat(r.to()).isEqualTo(root.resolve("_posts/sub/2024-02-07-idea.markdown"));
        assertThat(Files.readString(r.to())).isEqualTo(text);
    }

    @Test
    void unpublishingDropsTheDatePrefixAndKeepsTheText() throws IOException, PostIoException {
        BlogFolder blog = blog();
        String text = "---\ndate: 2024-02-07\n---\nbody\n";
        Path post = write("travel/_posts/2024-02-07-kyoto.md", text);
        MoveReport r = new PostMoves(blog).unpublish(post);
        assertThat(r.to()).isEqualTo(root.resolve("travel/_drafts/kyoto.md"));
        assertThat(Files.readString(r.to())).isEqualTo(text);
    }

    @Test
    void movingOntoAnExistingFileChangesNothing() throws IOException {
        BlogFolder blog = blog();
        Path draft = write("_drafts/a.md", "draft\n");
        Path existing = write("_posts/2024-02-07-a.md", "published\n");
        assertThatThrownBy(() -> new PostMoves(blog).publish(draft, LocalDate.of(2024, 2, 7)))
                .isInstanceOf(PostIoException.class)
                .hasMessage("_posts/2024-02-07-a.md already exists, so _drafts/a.md was not moved; both files are unchanged.");
        assertThat(Files.readString(draft)).isEqualTo("draft\n");
        assertThat(Files.readString(existing)).isEqualTo("published\n");
    }

    @Test
    void renamingUpdatesReferencesInOtherPostsAndNothingElse() throws IOException, PostIoException {
        BlogFolder blog = blog();
        Path post = write("_posts/2024-01-05-old-title.md", "---\ntitle: Old\n---\nme\n");
        String other = "---\r\ntitle:   \"其他\"\r\n---\r\n见 [上一篇]({% post_url 2024-01-05-old-title %})，\r\n"
                + "和 [链接]({%- link _posts/2024-01-05-old-title.md -%})。\r\n"
                + "不相关：{% post_url 2024-01-05-old-title-2 %} 2024-01-05-old-title\r\n";
        Path referrer = write("_posts/2024-02-01-other.md", other);
        Path untouched = write("_drafts/plain.md", "no references\n");
        long before = Files.getLastModifiedTime(untouched).toMillis();

        PostMoves moves = new PostMoves(blog);
        String name = moves.fileNameFor(post, "New Title", LocalDate.of(2024, 1, 6));
        assertThat(name).isEqualTo("2024-01-06-new-title.md");
        MoveReport r = moves.rename(post, name);

        assertThat(r.to()).isEqualTo(root.resolve("_posts/2024-01-06-new-title.md"));
        assertThat(r.references()).isEqualTo(2);
        assertThat(r.changedFiles()).containsExactly(referrer);
        assertThat(r.problems()).isEmpty();
        assertThat(Files.readString(referrer)).isEqualTo(other
                .replace("post_url 2024-01-05-old-title %}", "post_url 2024-01-06-new-title %}")
                .replace("link _posts/2024-01-05-old-title.md", "link _posts/2024-01-06-new-title.md"));
        assertThat(Files.getLastModifiedTime(untouched).toMillis()).isEqualTo(before);
        assertThat(r.sentence()).contains("updated 2 references in 1 other file");
    }

    @Test
    void aReferenceWithItsSubFolderKeepsIt() {
        References refs = new References(org.postdesk.core.site.jekyll.JekyllNaming.withDefaults(), "_posts/2019/2019-03-01-a.md", "_posts/2019/2019-03-02-b.md");
        assertThat(refs.rewrite("{% post_url /2019/2019-03-01-a %} {% post_url 2019-03-01-a %}").text())
                .isEqualTo("{% post_url /2019/2019-03-02-b %} {% post_url 2019-03-02-b %}");
    }

    @Test
    void deleteGoesToTheBlogsTrashFolder() throws IOException, PostIoException {
        BlogFolder blog = blog();
        Path post = write("_posts/2024-01-05-x.md", "one\n");
        MoveReport r = new PostMoves(blog).delete(post, new FolderTrash(root));
        assertThat(post).doesNotExist();
        assertThat(Files.readString(root.resolve(".trash/_posts/2024-01-05-x.md"))).isEqualTo("one\n");
        assertThat(r.sentence()).isEqualTo("Moved _posts/2024-01-05-x.md to .trash/_posts/2024-01-05-x.md in the blog;"
                + " move it back from there to restore it.");

        write("_posts/2024-01-05-x.md", "two\n");
        new PostMoves(blog).delete(post, new FolderTrash(root));
        assertThat(Files.readString(root.resolve(".trash/_posts/2024-01-05-x-2.md"))).isEqualTo("two\n");
        assertThat(Files.readString(root.resolve(".trash/_posts/2024-01-05-x.md"))).isEqualTo("one\n");
    }

    @Test
    void aDesktopTrashThatRefusesFallsBackToTheFolder() throws IOException, PostIoException {
        BlogFolder blog = blog();
        Path post = write("_drafts/y.md", "y\n");
        Trash desktop = file -> {
            throw new UnsupportedOperationException("no trash on this desktop");
        };
        new PostMoves(blog).delete(post, desktop.orElse(new FolderTrash(root)));
        assertThat(root.resolve(".trash/_drafts/y.md")).exists();
    }

    @Test
    void theTrashIsNotListedAsPosts() throws IOException, PostIoException {
        BlogFolder blog = blog();
        Path post = write("_posts/2024-01-05-x.md", "---\ntitle: x\n---\n");
        new PostMoves(blog).delete(post, new FolderTrash(root));
        assertThat(PostFiles.find(blog)).isEmpty();
    }
}
