package org.postdesk.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.post.PostDocument;

class JournalTest {
    @TempDir
    Path dir;

    private Path blog() throws IOException {
        return Files.createDirectories(dir.resolve("博客"));
    }

    private Path post(Path blog, String text) throws IOException {
        Path p = Files.createDirectories(blog.resolve("_posts")).resolve("2024-01-02-旅行.md");
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    @Test
    void unsavedTextComesBackUntilItIsDropped() throws IOException {
        Path blog = blog();
        Path file = post(blog, "---\ntitle: 旅行\n---\n第一段\n");
        Journal journal = new Journal(dir.resolve("data/journal"));
        DiskState start = DiskState.read(file).orElseThrow();
        String unsaved = "---\ntitle: 旅行\n---\n第一段\n第二段，还没保存\n";
        journal.record(new JournalEntry(blog, "_posts/2024-01-02-旅行.md", unsaved, start, Instant.now()));

        List<Journal.Pending> pending = new Journal(dir.resolve("data/journal")).pending();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).entry().text()).isEqualTo(unsaved);
        assertThat(pending.get(0).entry().file()).isEqualTo(file);
        assertThat(pending.get(0).changedOnDisk()).isFalse();
        assertThat(pending.get(0).diff().summary()).isEqualTo("1 line added in 1 place.");
        assertThat(pending.get(0).sentence()).contains("_posts/2024-01-02-旅行.md").contains("not saved");

        journal.drop(blog, "_posts/2024-01-02-旅行.md");
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void theJournalIsNeverInsideTheBlog() throws IOException {
        Path blog = blog();
        post(blog, "x\n");
        Journal journal = new Journal(dir.resolve("data"));
        journal.record(new JournalEntry(blog, "_posts/2024-01-02-旅行.md", "y\n", null, Instant.now()));
        try (var files = Files.walk(blog)) {
            assertThat(files.filter(Files::isRegularFile).toList()).hasSize(1);
        }
    }

    @Test
    void textAlreadyOnDiskIsNotOfferedAndIsCleanedUp() throws IOException {
        Path blog = blog();
        post(blog, "saved text\n");
        Journal journal = new Journal(dir.resolve("j"));
        journal.record(new JournalEntry(blog, "_posts/2024-01-02-旅行.md", "saved text\n", null, Instant.now()));
        assertThat(journal.pending()).isEmpty();
        try (var files = Files.list(dir.resolve("j"))) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void aVanishedFileIsOfferedWithItsText() throws IOException {
        Path blog = blog();
        Path file = post(blog, "old\n");
        Journal journal = new Journal(dir.resolve("j"));
        journal.record(new JournalEntry(blog, "_posts/2024-01-02-旅行.md", "new\n", DiskState.read(file).orElseThrow(),
                Instant.now()));
        Files.delete(file);
        Journal.Pending p = journal.pending(blog).get(0);
        assertThat(p.fileGone()).isTrue();
        assertThat(p.entry().text()).isEqualTo("new\n");
        assertThat(p.sentence()).contains("no longer on disk");
    }

    @Test
    void aFileChangedElsewhereIsFlagged() throws IOException {
        Path blog = blog();
        Path file = post(blog, "old\n");
        Journal journal = new Journal(dir.resolve("j"));
        journal.record(new JournalEntry(blog, "_posts/2024-01-02-旅行.md", "mine\n", DiskState.read(file).orElseThrow(),
                Instant.now()));
        Files.writeString(file, "theirs\n");
        Journal.Pending p = journal.pending().get(0);
        assertThat(p.changedOnDisk()).isTrue();
        assertThat(p.diskText()).isEqualTo("theirs\n");
        assertThat(p.sentence()).contains("has changed since");
    }

    @Test
    void pathsWithNewlinesAndBackslashesSurvive() throws IOException {
        Path blog = blog();
        Journal journal = new Journal(dir.resolve("j"));
        journal.record(new JournalEntry(blog, "_drafts/a\\b\nc.md", "text\n\nwith blank line\n", null, Instant.EPOCH));
        JournalEntry back = journal.find(blog, "_drafts/a\\b\nc.md").orElseThrow();
        assertThat(back.postPath()).isEqualTo("_drafts/a/b\nc.md");
        assertThat(back.text()).isEqualTo("text\n\nwith blank line\n");
        assertThat(back.savedAt()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void restoringKeepsTheFilesBomAndLineEndings() {
        byte[] disk = "\uFEFF---\r\ntitle: a\r\n---\r\nbody\r\n".getBytes(StandardCharsets.UTF_8);
        JournalEntry e = new JournalEntry(Path.of("/b"), "_posts/x.md", "---\r\ntitle: a\r\n---\r\nbody\r\nmore\r\n", null,
                Instant.now());
        PostDocument restored = e.restoreOnto(PostDocument.parse(disk));
        assertThat(restored.hasBom()).isTrue();
        assertThat(restored.isModified()).isTrue();
        assertThat(new String(restored.toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF---\r\ntitle: a\r\n---\r\nbody\r\nmore\r\n");
    }

    @Test
    void theJournalLivesInTheUsersDataFolder() {
        Path home = Path.of("/home/li");
        assertThat(JournalLocation.of("Linux", Map.of(), home)).isEqualTo(Path.of("/home/li/.local/share/postdesk/journal"));
        assertThat(JournalLocation.of("Linux", Map.of("XDG_DATA_HOME", "/data/li"), home))
                .isEqualTo(Path.of("/data/li/postdesk/journal"));
        assertThat(JournalLocation.of("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/li/Library/Application Support/Postdesk/journal"));
        assertThat(JournalLocation.of("Windows 11", Map.of("APPDATA", "/C/Users/li/AppData/Roaming"), home))
                .isEqualTo(Path.of("/C/Users/li/AppData/Roaming/Postdesk/journal"));
    }
}
