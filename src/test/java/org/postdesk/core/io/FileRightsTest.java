package org.postdesk.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postdesk.core.post.PostDocument;

/**
 * A file's own permissions and owner decide whether Postdesk replaces it, for root and for an
 * ordinary user alike (CI runs this class a second time as an unprivileged user, see .ci/run).
 * A file of another user can only be made by root, so the ordinary user's run gets one from CI:
 * the system property {@code postdesk.foreignPost} names a post owned by root, mode 0666, in a
 * folder the user may write.
 */
@Tag("permissions")
class FileRightsTest {
    private static final String TEXT = "---\ntitle: Mine\n---\nbody\n";

    @TempDir
    Path dir;

    private static long uid(Path p) throws IOException {
        return ((Number) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
    }

    private static long gid(Path p) throws IOException {
        return ((Number) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS)).longValue();
    }

    private static boolean root() {
        return FileRights.Me.current().map(FileRights.Me::isRoot).orElse(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"r--r--r--", "r--rw-rw-", "r--------", "---------"})
    void aFileWithoutItsOwnersWriteBitIsNotReplaced(String mode) throws Exception {
        Path post = Files.writeString(dir.resolve("2024-01-01-ro.md"), TEXT);
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString(mode));
        WriteGuard guard = WriteGuard.forBlog(dir);
        try {
            assertThat(guard.whyNotWritable(post)).hasValue("the file is read-only (its permissions are " + mode + ")");
            assertThatThrownBy(() -> PostFiles.save(guard, post, PostDocument.ofText(TEXT + "more\n")))
                    .isInstanceOf(PostIoException.class)
                    .hasMessage("Could not save 2024-01-01-ro.md: the file is read-only (its permissions are " + mode
                            + "). The file on disk was left as it was.");
        } finally {
            Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertThat(Files.readString(post)).isEqualTo(TEXT);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(post);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-------", "rw-rw-r--", "rw-r-----", "rwxr-xr-x", "rw-rw-rw-"})
    void aSaveKeepsTheFilesModeOwnerAndGroup(String mode) throws Exception {
        Path post = Files.writeString(dir.resolve("2024-01-01-m.md"), TEXT);
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString(mode));
        long owner = uid(post);
        long group = gid(post);

        PostFiles.save(WriteGuard.forBlog(dir), post, PostDocument.ofText(TEXT + "more\n"));

        assertThat(Files.readString(post)).isEqualTo(TEXT + "more\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(post))).isEqualTo(mode);
        assertThat(uid(post)).isEqualTo(owner);
        assertThat(gid(post)).isEqualTo(group);
    }

    @Test
    void aWritableFileIsWritable() throws IOException {
        Path post = Files.writeString(dir.resolve("2024-01-01-w.md"), TEXT);
        assertThat(WriteGuard.forBlog(dir).whyNotWritable(post)).isEmpty();
    }

    @Test
    void rootKeepsAnotherUsersOwnerAndGroupWhenSaving() throws Exception {
        assumeTrue(root(), "only root can give a file to another user; the unprivileged run checks the refusal");
        Path post = Files.writeString(dir.resolve("2024-01-01-theirs.md"), TEXT);
        Files.setAttribute(post, "unix:uid", 65534);
        Files.setAttribute(post, "unix:gid", 100);
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("rw-rw-r--"));

        PostFiles.save(WriteGuard.forBlog(dir), post, PostDocument.ofText(TEXT + "edited by root\n"));

        assertThat(uid(post)).as("the owner is kept").isEqualTo(65534);
        assertThat(gid(post)).as("the group is kept").isEqualTo(100);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(post))).isEqualTo("rw-rw-r--");
    }

    @Test
    void anOrdinaryUserDoesNotReplaceAnotherUsersPost() throws IOException {
        String foreign = System.getProperty("postdesk.foreignPost", "");
        assumeTrue(!root() && !foreign.isEmpty(), "needs an unprivileged run and a post of another user (.ci/run)");
        Path post = Path.of(foreign);
        byte[] before = Files.readAllBytes(post);
        long owner = uid(post);
        WriteGuard guard = WriteGuard.forBlog(post.getParent());

        assertThat(guard.whyNotWritable(post)).get().asString().startsWith("the file belongs to another user (");
        assertThatThrownBy(() -> PostFiles.save(guard, post,
                PostDocument.ofText(new String(before, StandardCharsets.UTF_8) + "pwned\n")))
                .isInstanceOf(PostIoException.class).hasMessageContaining("belongs to another user")
                .hasMessageEndingWith("The file on disk was left as it was.");
        assertThat(Files.readAllBytes(post)).isEqualTo(before);
        assertThat(uid(post)).isEqualTo(owner);
    }

    @Test
    void aPostInAReadOnlyFolderIsNotWritable() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path post = Files.writeString(folder.resolve("2024-01-01-x.md"), TEXT);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThat(WriteGuard.forBlog(dir).whyNotWritable(post)).get().asString().isEqualTo("the folder is read-only");
            assertThatThrownBy(() -> WriteGuard.forBlog(dir).create(folder.resolve("new.md"), new byte[] {1}))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(post);
        }
    }
}
