package org.postdesk.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.post.PostDocument;

/** A save that fails leaves the file as it was, says why, and the journal still has the text. */
class SaveFailureTest {
    private static final String ON_DISK = "---\ntitle: 原来的\n---\n原来的正文\n";

    @TempDir
    Path dir;

    @Test
    void aFullDiskLeavesTheFileAndTheJournalAsTheyWere() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("blog/_posts"));
        Path file = Files.writeString(folder.resolve("2024-01-02-a.md"), ON_DISK);
        Journal journal = new Journal(dir.resolve("journal"));
        String edited = ON_DISK + "新写的一段，很长。\n";
        journal.record(new JournalEntry(dir.resolve("blog"), "_posts/2024-01-02-a.md", edited,
                DiskState.read(file).orElseThrow(), Instant.now()));
        AtomicFiles.Sink fullDisk = (channel, bytes) -> {
            channel.write(ByteBuffer.wrap(bytes.array(), 0, bytes.remaining() / 2));
            throw new IOException("No space left on device");
        };

        assertThatThrownBy(() -> PostFiles.save(WriteGuard.forBlog(dir.resolve("blog")), file, PostDocument.parse(ON_DISK.getBytes(StandardCharsets.UTF_8))
                .withBody(PostDocument.ofText(edited).body()), fullDisk))
                .isInstanceOf(PostIoException.class)
                .hasMessage("Could not save 2024-01-02-a.md: the disk is full. The file on disk was left as it was.");

        assertThat(Files.readString(file)).isEqualTo(ON_DISK);
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).as("no temporary file left behind").containsExactly(file);
        }
        assertThat(journal.pending()).extracting(p -> p.entry().text()).containsExactly(edited);
    }

    @Test
    @Tag("permissions")
    void aReadOnlyFolderIsASentence() throws IOException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"));
        Path folder = Files.createDirectories(dir.resolve("ro"));
        Path file = Files.writeString(folder.resolve("2024-01-02-a.md"), ON_DISK);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> PostFiles.save(WriteGuard.forBlog(dir), file, PostDocument.ofText(ON_DISK + "more\n")))
                    .hasMessageContaining("the folder is read-only").hasMessageEndingWith("left as it was.");
            assertThat(Files.readString(file)).isEqualTo(ON_DISK);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aVanishedFolderIsASentence() throws IOException {
        Path file = dir.resolve("gone/2024-01-02-a.md");
        assertThatThrownBy(() -> PostFiles.save(WriteGuard.forBlog(dir), file, PostDocument.ofText("text\n")))
                .hasMessage("Could not save 2024-01-02-a.md: the file or its folder does not exist."
                        + " The file on disk was left as it was.");
    }
}
