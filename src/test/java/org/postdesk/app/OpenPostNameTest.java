package org.postdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.io.WriteGuard;

/** Opening a post whose name could not be read says so, instead of "the file does not exist" (0033). */
class OpenPostNameTest {
    @TempDir
    Path blog;

    @Test
    void aDamagedNameIsSaidToBeUnreadableNotMissing() throws IOException {
        Files.createDirectories(blog.resolve("_posts"));
        String path = "_posts/2024-01-03-\uFFFD\uFFFD.md";
        OpenPost.Reading reading = OpenPost.read(path, blog.resolve(path), List.of(), WriteGuard.forBlog(blog));
        assertThat(reading.post()).isNull();
        assertThat(reading.refusal()).contains(path).contains("cannot open this file by its name")
                .contains("left as it is").doesNotContain("does not exist");
    }
}
