package org.postdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.NotesGenerator;

/** The session the window shows follows the generator the loader was given: its posts, its template pass. */
class BlogLoaderSeamTest {
    private final ExecutorService tasks = Executors.newFixedThreadPool(2);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        tasks.shutdownNow();
    }

    @Test
    void aPluggedGeneratorsSiteOpensListsAndPreviewsByItsOwnRules() throws Exception {
        Files.writeString(dir.resolve(".notes"), "");
        Files.createDirectories(dir.resolve("entries"));
        Files.writeString(dir.resolve("entries/first.txt"), "---\ntitle: First note\n---\n@@title@@ and {{ page.title }}\n");
        Files.createDirectories(dir.resolve("_drafts"));
        Files.writeString(dir.resolve("_drafts/jekyll-draft.md"), "---\ntitle: Not a note\n---\n");

        assertThat(new BlogLoader(tasks, null).isBlog(dir)).isFalse();
        BlogLoader loader = new BlogLoader(tasks, null, Generators.standard().plus(new NotesGenerator()));
        assertThat(loader.isBlog(dir)).isTrue();

        BlogSession session = loader.load(dir, PostIndex.Progress.none()).get();
        assertThat(session.site().generator().displayName()).isEqualTo("Notes");
        assertThat(session.paths()).containsExactly("entries/first.txt");

        String html = JekyllEngines.previewRenderer().renderBody(session.preview()
                .request("entries/first.txt", "@@title@@ and {{ page.title }}\n", Map.of("title", "First note")))
                .html();
        assertThat(html).contains("First note and {{ page.title }}");
    }
}
