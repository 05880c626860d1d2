package org.postdesk.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.BlogSettingsFile;
import org.postdesk.core.blog.ImageStyle;
import org.postdesk.core.blog.MoveReport;
import org.postdesk.core.site.PostCreator;
import org.postdesk.core.blog.PostMoves;
import org.postdesk.core.images.ImageImporter;
import org.postdesk.core.images.ImageSource;
import org.postdesk.core.images.ImportRequest;
import org.postdesk.core.images.ImportResult;
import org.postdesk.core.images.ImportSettings;
import org.postdesk.core.images.LinkTemplate;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.core.io.FolderTrash;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.io.WriteGuard;
import org.postdesk.core.io.WriteRefusedException;

/**
 * Every kind of write the core makes, aimed through symbolic links out of the blog: image
 * import, new post, publish, rename, trash, settings, reference rewrites, a link swapped in while
 * writing. Each asserts the folder outside the blog is exactly as it was and the blog's own file
 * where it was.
 */
@Tag("permissions")
class WriteGuardAttackTest {
    private static final String POST = "---\nlayout: post\ntitle: Hello\n---\nbody\n";
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2024-03-01T10:00:00+08:00");

    @TempDir
    Path dir;

    private AttackBlog attack;
    private SortedMap<String, String> outsideBefore;

    @BeforeEach
    void blog() throws IOException {
        attack = AttackBlog.create(dir);
        attack.writeOutside("drafts/2024-01-01-far.md", POST);
        attack.writeOutside("settings.yml", "image_folder: img\n");
    }

    private void remember() throws IOException {
        outsideBefore = attack.outsideSnapshot();
    }

    private void outsideIsUntouched() throws IOException {
        assertThat(attack.outsideSnapshot()).as("the folder outside the blog").isEqualTo(outsideBefore);
    }

    private BlogFolder open() throws IOException {
        return BlogFolder.open(attack.blog());
    }

    @Test
    void theImporterRefusesAnImageFolderThatIsALinkOut() throws IOException {
        remember();
        ImageImporter importer = new ImageImporter(attack.blog(), Path.of("img/dir-out"),
                LinkTemplate.of("/img/{name}"), ImportSettings.defaults());

        ImportResult result = importer.importImage(ImportRequest.of(
                ImageSource.bytes(AttackBlog.png(0x123456), "shot.png"), "post"));

        assertThat(result).isInstanceOf(ImportResult.Refused.class);
        assertThat(((ImportResult.Refused) result).message()).contains("outside the blog")
                .endsWith("Nothing was written to img/dir-out/.");
        outsideIsUntouched();
    }

    @Test
    void aNewDraftIsNotCreatedInADraftsFolderThatIsALinkOut() throws IOException {
        attack.link("_drafts", attack.outside().resolve("drafts"));
        remember();
        BlogFolder blog = open();
        PostCreator creator = blog.site().newPosts(BlogConventions.learn(blog, List.of()));

        assertThatThrownBy(() -> creator.create(new PostCreator.Request("Far", LocalDate.of(2024, 3, 1), "x", true), NOW))
                .isInstanceOf(PostIoException.class).hasMessageContaining("outside the blog")
                .hasMessageEndingWith("Nothing was written.");
        outsideIsUntouched();
    }

    @Test
    void publishingIntoAPostsSubFolderThatIsALinkOutIsRefused() throws IOException {
        Path draft = attack.blog().resolve("_drafts/sub/idea.md");
        Files.createDirectories(draft.getParent());
        Files.writeString(draft, POST);
        attack.link("_posts/sub", attack.outside());
        remember();

        assertThatThrownBy(() -> new PostMoves(open()).publish(draft, LocalDate.of(2024, 3, 1)))
                .isInstanceOf(PostIoException.class).hasMessageContaining("outside the blog");
        assertThat(draft).hasContent(POST);
        outsideIsUntouched();
    }

    @Test
    void renamingAPostInsideALinkedFolderIsRefused() throws IOException {
        attack.link("_drafts/linked", attack.outside().resolve("drafts"));
        remember();
        Path far = attack.blog().resolve("_drafts/linked/2024-01-01-far.md");

        assertThatThrownBy(() -> new PostMoves(open()).rename(far, "near.md"))
                .isInstanceOf(PostIoException.class).hasMessageContaining("outside the blog");
        outsideIsUntouched();
    }

    @Test
    void theTrashFolderBeingALinkOutIsRefused() throws IOException {
        Path post = Files.writeString(attack.post("bin"), POST);
        attack.link(".trash", attack.outside());
        remember();

        assertThatThrownBy(() -> new FolderTrash(attack.blog()).moveToTrash(post))
                .isInstanceOf(WriteRefusedException.class);
        assertThat(post).hasContent(POST);
        outsideIsUntouched();
    }

    @Test
    void aSettingsFileThatIsALinkOutIsNotWritten() throws IOException {
        Path link = attack.link(".postdesk.yml", attack.outside().resolve("settings.yml"));
        remember();
        BlogSettingsFile settings = new BlogSettingsFile(attack.blog(), new ImageStyle("img", "/img/{name}", 0, false));

        assertThatThrownBy(() -> settings.save(settings.defaults().withImageFolder("pics")))
                .isInstanceOf(IOException.class).hasMessageContaining("outside the blog");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        outsideIsUntouched();
    }

    @Test
    void aReferenceInALinkedOutPostIsNotRewritten() throws Exception {
        Path moved = Files.writeString(attack.post("a"), POST);
        Path outsider = attack.writeOutside("ref.md", "---\ntitle: R\n---\nSee {% post_url 2024-01-01-a %}.\n");
        attack.link("_posts/2024-01-02-ref.md", outsider);
        remember();

        MoveReport report = new PostMoves(open()).rename(moved, "2024-01-01-b.md");

        assertThat(report.to()).hasContent(POST);
        assertThat(report.changedFiles()).isEmpty(); // the walk does not follow links; the guard would refuse them
        outsideIsUntouched();
    }

    @Test
    void dotDotInANameNeverLeavesTheBlog() throws IOException {
        WriteGuard guard = open().writes();
        Path posts = attack.blog().resolve("_posts");
        remember();
        SortedMap<String, String> rootBefore = AttackBlog.snapshot(attack.root());

        assertThatThrownBy(() -> guard.write(posts.resolve("../../outside/x.md"), new byte[] {1}))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("outside the blog");
        assertThatThrownBy(() -> guard.create(posts.resolve("../../x.md"), new byte[] {1}))
                .isInstanceOf(WriteRefusedException.class);
        assertThatThrownBy(() -> guard.createDirectories(posts.resolve("../../made")))
                .isInstanceOf(WriteRefusedException.class);
        Path post = Files.writeString(attack.post("dots"), POST);
        assertThatThrownBy(() -> guard.move(post, posts.resolve("../../outside/moved.md")))
                .isInstanceOf(WriteRefusedException.class);
        assertThatThrownBy(() -> guard.write(attack.blog().resolve("img/dir-out/../../x.md"), new byte[] {1}))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("..");
        assertThat(post).hasContent(POST);
        Files.delete(post);
        assertThat(AttackBlog.snapshot(attack.root())).isEqualTo(rootBefore);
        outsideIsUntouched();
    }

    @Test
    void aFolderSwappedForALinkWhileWritingCannotRedirectTheWrite() throws IOException {
        Path post = Files.writeString(attack.post("race"), POST);
        Path posts = post.getParent();
        Path moved = posts.resolveSibling("_posts-moved");
        remember();
        AtomicFiles.Sink swap = (channel, bytes) -> {
            AtomicFiles.CHANNEL.write(channel, bytes);
            Files.move(posts, moved);
            Files.createSymbolicLink(posts, attack.outside());
        };

        try {
            open().writes().write(post, "written".getBytes(), swap);
            // a folder handle (Linux): the write stayed in the folder that was checked, wherever it went
            assertThat(moved.resolve(post.getFileName())).hasContent("written");
        } catch (WriteRefusedException e) {
            // no folder handle on this platform: the path-based write notices the swap before the rename
            assertThat(System.getProperty("os.name")).as("Linux has folder handles").isNotEqualTo("Linux");
            assertThat(e).hasMessageContaining("symbolic link");
            assertThat(moved.resolve(post.getFileName())).hasContent(POST);
        }
        try (var files = Files.list(moved)) {
            assertThat(files).as("no temporary file left").containsExactly(moved.resolve(post.getFileName()));
        }
        outsideIsUntouched();
    }

    @Test
    void aDanglingFolderLinkIsNotReplacedByAFolder() throws IOException {
        Path link = attack.link("assets", attack.outside().resolve("not-yet"));
        remember();

        assertThatThrownBy(() -> open().writes().create(attack.blog().resolve("assets/images/a.png"), new byte[] {1}))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("does not exist");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(attack.outside().resolve("not-yet")).doesNotExist();
        outsideIsUntouched();
    }

    @Test
    void aFullDiskLeavesNoFolderBehind() throws IOException {
        WriteGuard guard = open().writes();
        AtomicFiles.Sink full = (channel, bytes) -> {
            channel.write(ByteBuffer.wrap(bytes.array(), 0, 1));
            throw new IOException("No space left on device");
        };

        assertThatThrownBy(() -> guard.create(attack.blog().resolve("assets/images/a.png"), new byte[64], full))
                .hasMessageContaining("No space left");
        assertThat(attack.blog().resolve("assets")).doesNotExist();
    }

    @Test
    void anImportRemovesOurStaleTemporaryFilesFromTheImageFolder() throws IOException {
        Path img = attack.blog().resolve("img");
        Path stale = Files.writeString(img.resolve(".a.png.0f8fad5b-d9cb-469f-a165-70867728950e.postdesk-tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L));
        ImageImporter importer = new ImageImporter(attack.blog(), Path.of("img"), LinkTemplate.of("/img/{name}"),
                ImportSettings.defaults());

        ImportResult result = importer.importImage(ImportRequest.of(
                ImageSource.bytes(AttackBlog.png(0x654321), "new.png"), "post"));

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(stale).doesNotExist();
        assertThat(img.resolve("ok.png")).exists();
    }

    @Test
    void openingTheBlogRemovesOnlyOurOwnStaleTemporaryFiles() throws IOException {
        Path posts = attack.blog().resolve("_posts");
        Path drafts = Files.createDirectories(attack.blog().resolve("_drafts/sub"));
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        Path stale = Files.writeString(posts.resolve(".2024-01-01-a.md." + uuid + ".postdesk-tmp"), "half");
        Path staleDeep = Files.writeString(drafts.resolve(".x.md." + uuid + ".postdesk-tmp"), "half");
        Path young = Files.writeString(posts.resolve(".2024-01-01-b.md." + uuid + ".postdesk-tmp"), "writing");
        Path notOurs = Files.writeString(posts.resolve(".2024-01-01-a.md.swp"), "vim");
        Path almost = Files.writeString(posts.resolve(".a.md.not-a-uuid.postdesk-tmp"), "other");
        Path linkNamedLikeOurs = attack.link("_posts/.l.md." + uuid + ".postdesk-tmp",
                attack.outside().resolve("secret.txt"));
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        for (Path p : List.of(stale, staleDeep, notOurs, almost)) {
            Files.setLastModifiedTime(p, old);
        }
        remember();

        open();

        assertThat(stale).doesNotExist();
        assertThat(staleDeep).doesNotExist();
        assertThat(young).as("a temporary file a live save may still be writing").exists();
        assertThat(notOurs).exists();
        assertThat(almost).exists();
        assertThat(Files.isSymbolicLink(linkNamedLikeOurs)).isTrue();
        outsideIsUntouched();
    }
}
