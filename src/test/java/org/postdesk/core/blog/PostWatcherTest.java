package org.postdesk.core.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.io.WriteGuard;

/** Changes made behind Postdesk's back are noticed within seconds; its own writes are not reported. */
class PostWatcherTest {
    private static final long EVENTUALLY_SECONDS = 15;

    @TempDir
    Path root;

    private final LinkedBlockingQueue<DiskChange> seen = new LinkedBlockingQueue<>();

    private PostWatcher start(boolean polling) throws IOException, InterruptedException {
        Files.createDirectories(root.resolve("_posts/2024"));
        Files.createDirectories(root.resolve("_drafts"));
        PostWatcher w = PostWatcher.start(BlogFolder.open(root), polling, seen::addAll);
        Thread.sleep(300);
        return w;
    }

    private DiskChange eventually(Predicate<DiskChange> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EVENTUALLY_SECONDS);
        List<DiskChange> others = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            DiskChange c = seen.poll(100, TimeUnit.MILLISECONDS);
            if (c != null && wanted.test(c)) {
                return c;
            }
            if (c != null) {
                others.add(c);
            }
        }
        throw new AssertionError("not reported; saw instead " + others);
    }

    @ParameterizedTest(name = "polling={0}")
    @ValueSource(booleans = {false, true})
    void createModifyRenameDeleteAreReported(boolean polling) throws Exception {
        try (PostWatcher w = start(polling)) {
            Path a = root.resolve("_posts/2024/2024-01-02-a.md");
            Files.writeString(a, "---\ntitle: a\n---\n");
            assertThat(eventually(c -> c.path().equals(a)).kind()).isEqualTo(DiskChange.Kind.CREATED);

            Files.writeString(a, "---\ntitle: a, edited elsewhere\n---\n");
            DiskChange modified = eventually(c -> c.path().equals(a));
            assertThat(modified.kind()).isEqualTo(DiskChange.Kind.MODIFIED);
            assertThat(modified.state().size()).isEqualTo(Files.size(a));

            Path b = root.resolve("_drafts/b.md");
            Files.move(a, b);
            DiskChange renamed = eventually(c -> c.path().equals(b));
            assertThat(renamed.kind()).isEqualTo(DiskChange.Kind.RENAMED);
            assertThat(renamed.from()).isEqualTo(a);

            Files.delete(b);
            assertThat(eventually(c -> c.path().equals(b)).kind()).isEqualTo(DiskChange.Kind.DELETED);
        }
    }

    @ParameterizedTest(name = "polling={0}")
    @ValueSource(booleans = {false, true})
    void ownSavesAreNotReported(boolean polling) throws Exception {
        Path a = Files.createDirectories(root.resolve("_posts")).resolve("2024-01-02-a.md");
        Files.writeString(a, "old\n");
        try (PostWatcher w = start(polling)) {
            byte[] mine = "saved by Postdesk\n".getBytes(StandardCharsets.UTF_8);
            w.remember(a, mine);
            WriteGuard.forBlog(root).write(a, mine);
            Path marker = root.resolve("_posts/2024-01-03-marker.md");
            Thread.sleep(1500);
            Files.writeString(marker, "marker\n");
            eventually(c -> c.path().equals(marker));
            assertThat(seen).as("nothing about the own save").noneMatch(c -> c.path().equals(a));
        }
    }

    @ParameterizedTest(name = "polling={0}")
    @ValueSource(booleans = {false, true})
    void aCheckoutLikeBurstIsOneBatchOfChanges(boolean polling) throws Exception {
        List<List<DiskChange>> batches = new ArrayList<>();
        Files.createDirectories(root.resolve("_posts"));
        try (PostWatcher w = PostWatcher.start(BlogFolder.open(root), polling, batch -> {
            synchronized (batches) {
                batches.add(batch);
            }
        })) {
            Thread.sleep(300);
            Path tmp = Files.createDirectories(root.resolve("incoming"));
            for (int i = 0; i < 40; i++) {
                Path f = Files.writeString(tmp.resolve("2024-03-" + (10 + i % 20) + "-p" + i + ".md"), "post " + i + "\n");
                Files.move(f, root.resolve("_posts").resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EVENTUALLY_SECONDS);
            while (System.nanoTime() < deadline && total(batches) < 40) {
                Thread.sleep(100);
            }
            synchronized (batches) {
                assertThat(total(batches)).isEqualTo(40);
                assertThat(batches.size()).as("debounced into a few batches").isLessThanOrEqualTo(3);
            }
        }
    }

    private static int total(List<List<DiskChange>> batches) {
        synchronized (batches) {
            return batches.stream().mapToInt(List::size).sum();
        }
    }
}
