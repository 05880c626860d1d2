package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.images.ImportResult.Cancelled;
import org.postdesk.core.images.ImportResult.Imported;
import org.postdesk.core.images.ImportResult.Refused;

class BatchTest {
    @TempDir
    Path temp;

    private List<ImportRequest> threeImages(TestBlog blog) {
        return List.of(
                ImportRequest.of(ImageSource.file(blog.desktopFile("one.png", TestImages.png(4, 4, 1))), "post"),
                ImportRequest.of(ImageSource.file(blog.desktopFile("two.txt", new byte[] {'h', 'i'})), "post"),
                ImportRequest.of(ImageSource.pasted(TestImages.png(4, 4, 3)), "post"));
    }

    @Test
    void eachImageIsReportedInOrderAndABadOneDoesNotStopTheRest() {
        TestBlog blog = new TestBlog(temp);
        List<String> progress = new ArrayList<>();

        List<ImportResult> results = blog.importer().importAll(threeImages(blog),
                (done, total, latest) -> progress.add(done + "/" + total + " " + latest.sourceName()), () -> false);

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isInstanceOf(Imported.class);
        assertThat(results.get(1)).isInstanceOf(Refused.class);
        assertThat(results.get(2)).isInstanceOf(Imported.class);
        assertThat(progress).containsExactly("1/3 one.png", "2/3 two.txt", "3/3 the pasted image");
        assertThat(blog.files()).containsExactly("one.png", "post-1.png");
    }

    @Test
    void cancellingStopsBeforeTheNextImageAndKeepsWhatWasImported() {
        TestBlog blog = new TestBlog(temp);
        AtomicBoolean cancel = new AtomicBoolean();

        List<ImportResult> results = blog.importer().importAll(threeImages(blog),
                (done, total, latest) -> cancel.set(true), cancel::get);

        assertThat(results.get(0)).isInstanceOf(Imported.class);
        assertThat(results.subList(1, 3)).allMatch(r -> r instanceof Cancelled);
        assertThat(blog.files()).containsExactly("one.png");
    }

    @Test
    void theBatchRunsOnTheCallersExecutor() throws Exception {
        TestBlog blog = new TestBlog(temp);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "image-import"));
        List<String> threads = new ArrayList<>();
        try {
            List<ImportResult> results = blog.importer()
                    .importAll(threeImages(blog), executor,
                            (done, total, latest) -> threads.add(Thread.currentThread().getName()), () -> false)
                    .get(30, TimeUnit.SECONDS);
            assertThat(results).hasSize(3);
            assertThat(threads).containsOnly("image-import").hasSize(3);
        } finally {
            executor.shutdownNow();
        }
    }
}
