package org.postdesk.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real process is killed after typing; the next start offers the text back. */
class JournalKillTest {
    @TempDir
    Path dir;

    @Test
    void textTypedBeforeAHardKillIsOfferedBack() throws Exception {
        Path blog = Files.createDirectories(dir.resolve("blog/_posts")).getParent();
        Files.writeString(blog.resolve("_posts/2024-01-02-a.md"), "---\ntitle: 旧\n---\n");
        Path journalDir = dir.resolve("journal");
        String typed = "---\ntitle: 新\n---\n断电前写的一句话。\n";
        String classPath = location(JournalChild.class) + File.pathSeparator + location(Journal.class);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xshare:auto", "-cp", classPath,
                JournalChild.class.getName(), journalDir.toString(), blog.toString(), "_posts/2024-01-02-a.md", typed)
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("typed");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline && !hasJournalFile(journalDir)) {
                Thread.sleep(50);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        List<Journal.Pending> pending = new Journal(journalDir).pending(blog);
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).entry().text()).isEqualTo(typed);
        assertThat(pending.get(0).diskText()).isEqualTo("---\ntitle: 旧\n---\n");
    }

    private static boolean hasJournalFile(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(Journal.SUFFIX));
        }
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
