package org.postdesk.core.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;

/** Include files read from a blog folder: inside it only, cached until they change, and in the preview. */
class IncludeFilesTest {

    @TempDir
    Path temp;

    private Path blog() throws IOException {
        Path root = Files.createDirectories(temp.resolve("blog"));
        Files.writeString(root.resolve("_config.yml"), "baseurl: /blog\npermalink: pretty\n");
        Files.createDirectories(root.resolve("_includes"));
        Files.createDirectories(root.resolve("_posts"));
        return root;
    }

    @Test
    void readsFilesInsideTheBlogAndRefusesPathsThatLeaveIt() throws IOException {
        Path root = blog();
        Files.writeString(root.resolve("_includes/note.html"), "<b>note</b>\n");
        Files.writeString(temp.resolve("secret.txt"), "secret");
        IncludeFiles files = new IncludeFiles(root);
        assertThat(files.read("_includes/note.html")).contains("<b>note</b>\n");
        assertThat(files.read("_includes/none.html")).isEmpty();
        assertThat(files.read("../secret.txt")).isEmpty();
        assertThat(files.read("_includes/../../secret.txt")).isEmpty();
        assertThat(files.read(temp.resolve("secret.txt").toString())).isEmpty();
        assertThat(files.read("_includes")).isEmpty();
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheBlogIsRefused() throws IOException {
        Path root = blog();
        Files.writeString(temp.resolve("secret.txt"), "secret");
        try {
            Files.createSymbolicLink(root.resolve("_includes/link.html"), temp.resolve("secret.txt"));
            Files.createSymbolicLink(root.resolve("_includes/outside"), temp);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
        }
        IncludeFiles files = new IncludeFiles(root);
        assertThat(files.read("_includes/link.html")).isEmpty();
        assertThat(files.read("_includes/outside/secret.txt")).isEmpty();
    }

    @Test
    void aChangedFileIsReadAgainAndAnOversizedOneIsNot() throws IOException {
        Path root = blog();
        Path note = root.resolve("_includes/note.html");
        Files.writeString(note, "one");
        IncludeFiles files = new IncludeFiles(root);
        assertThat(files.read("_includes/note.html")).contains("one");
        Files.writeString(note, "two!");
        Files.setLastModifiedTime(note, FileTime.fromMillis(Files.getLastModifiedTime(note).toMillis() + 5000));
        assertThat(files.read("_includes/note.html")).contains("two!");
        Files.write(root.resolve("_includes/big.html"), new byte[(int) IncludeFiles.MAX_SIZE + 1]);
        assertThat(files.read("_includes/big.html")).isEmpty();
    }

    @Test
    void thePreviewContextOfABlogRendersItsIncludes() throws IOException {
        Path root = blog();
        Files.writeString(root.resolve("_includes/note.html"),
                "<div class=\"note\">{{ include.text }} in {{ page.title }}</div>\n");
        Files.createDirectories(root.resolve("_posts/notes"));
        Files.writeString(root.resolve("_posts/notes/snippet.md"), "Snippet of *{{ page.title }}*\n");
        PreviewContext context = new PreviewContext(BlogFolder.open(root), List.of());
        String body = "# Top\n\n{% include note.html text=\"Hello\" %}\n\n{% include_relative notes/snippet.md %}\n";
        RenderRequest request = context.request(body, Map.of("title", "Post", "path", "_posts/2024-03-02-x.md"));
        String html = JekyllEngines.previewRenderer().renderBody(request).html();
        assertThat(html).contains("<div class=\"note\">Hello in Post</div>")
                .contains("Snippet of <em>Post</em>").doesNotContain("pd-include");
    }
}
