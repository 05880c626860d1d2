package org.postdesk.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path post = dir.resolve("2024-01-01-a.md");
        Files.writeString(post, "old");
        AtomicFiles.write(post, "new 内容".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(post)).isEqualTo("new 内容");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(post);
        }
    }

    @Test
    void keepsTheFilePermissions() throws IOException {
        Path post = dir.resolve("p.md");
        Files.writeString(post, "old");
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(post, new byte[] {1});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(post))).isEqualTo("rw-rw-r--");
    }

    @Test
    @Tag("permissions")
    void aWriteIntoAReadOnlyFolderIsRefusedAndLeavesTheOriginalUntouched() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path post = folder.resolve("p.md");
        Files.writeString(post, "original");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> WriteGuard.forBlog(dir).write(post, "x".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(Files.readString(post)).isEqualTo("original");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(post);
        }
    }

    @Test
    void createRefusesToOverwrite() throws IOException {
        Path post = dir.resolve("p.md");
        Files.writeString(post, "original");
        assertThatThrownBy(() -> AtomicFiles.create(post, new byte[] {1}, AtomicFiles.CHANNEL)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(post)).isEqualTo("original");
    }

    @Test
    void moveNeverReplaces() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "a");
        Path b = Files.writeString(dir.resolve("b.md"), "b");
        WriteGuard guard = WriteGuard.forBlog(dir);
        assertThatThrownBy(() -> guard.move(a, b)).isInstanceOf(FileAlreadyExistsException.class);
        guard.move(a, dir.resolve("sub/c.md"));
        assertThat(Files.readString(dir.resolve("sub/c.md"))).isEqualTo("a");
        assertThat(a).doesNotExist();
    }
}
