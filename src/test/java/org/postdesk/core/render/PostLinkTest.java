package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Links to other posts carry the post's source path, so the preview can open it. */
class PostLinkTest {

    private static final SiteLinks LINKS = new SiteLinks() {
        @Override
        public Optional<String> postUrl(String postName) {
            return postName.trim().equals("2025-05-20-hike") ? Optional.of("/2025/05/20/hike.html") : Optional.empty();
        }

        @Override
        public Optional<String> link(String sourcePath) {
            return Optional.empty();
        }

        @Override
        public Optional<String> postAt(String url) {
            return url.equals("/2025/05/20/hike.html") ? Optional.of("_posts/2025-05-20-hike.md") : Optional.empty();
        }
    };

    @Test
    void aPostUrlLinkNamesItsPostAndAMissingOneIsBroken() {
        String html = JekyllEngines.previewRenderer().renderBody(new RenderRequest(
                "见 [徒步]({% post_url 2025-05-20-hike %}) 和 [旧文]({% post_url 2001-01-01-gone %})。\n",
                Map.of(), Map.of(), Path.of("/blog"), BlogFiles.NONE, LINKS)).html();

        Element hike = Jsoup.parseBodyFragment(html).selectFirst("a:contains(徒步)");
        Element gone = Jsoup.parseBodyFragment(html).selectFirst("a:contains(旧文)");
        assertThat(hike.attr("data-pd-post")).isEqualTo("_posts/2025-05-20-hike.md");
        assertThat(gone.hasClass("pd-broken")).isTrue();
        assertThat(gone.hasAttr("data-pd-post")).isFalse();
    }
}
