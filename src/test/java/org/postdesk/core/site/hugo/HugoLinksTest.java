package org.postdesk.core.site.hugo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hugo's default page URLs, as ref/relref and a click in the preview need them. */
class HugoLinksTest {

    private static final List<String> CONTENT = List.of("content", "content.zh");

    @Test
    void aPageABundleAndASectionGetHugosDefaultUrls() {
        assertThat(HugoLinks.urlOf("", CONTENT, "content/posts/First-Post.md")).contains("/posts/first-post/");
        assertThat(HugoLinks.urlOf("", CONTENT, "content/posts/trip/index.md")).contains("/posts/trip/");
        assertThat(HugoLinks.urlOf("", CONTENT, "content/posts/_index.md")).contains("/posts/");
        assertThat(HugoLinks.urlOf("", CONTENT, "content/_index.md")).contains("/");
        assertThat(HugoLinks.urlOf("", CONTENT, "content/about.md")).contains("/about/");
        assertThat(HugoLinks.urlOf("", CONTENT, "content.zh/posts/trip/index.zh.md")).contains("/posts/trip/");
    }

    @Test
    void theBaseUrlsPathComesFirstAndFilesOutsideTheContentHaveNoUrl() {
        assertThat(HugoLinks.urlOf("/notes", CONTENT, "content/posts/a.md")).contains("/notes/posts/a/");
        assertThat(HugoLinks.urlOf("", CONTENT, "static/a.md")).isEmpty();
        assertThat(HugoLinks.urlOf("", CONTENT, "contentious/a.md")).isEmpty();
    }
}
