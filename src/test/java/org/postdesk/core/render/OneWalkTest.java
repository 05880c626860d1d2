package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The preview resolves and sanitizes URLs without walking the tree again; the HTML is the same. */
class OneWalkTest {

    private static final BlogFiles FILES = rel -> rel.startsWith("missing") ? Optional.empty() : Optional.of(rel);

    private static RenderRequest request(String body) {
        return new RenderRequest(body, Map.of("title", "t"), Map.of("baseurl", ""), Path.of("/blog"), FILES);
    }

    private static void assertSame(String body) {
        String html = JekyllEngines.previewRenderer().renderBody(request(body)).html();
        assertThat(html).isEqualTo(SeparateWalks.body(request(body)));
    }

    @Test
    void syntheticPostsRenderAsWithSeparateWalks() {
        assertSame(SyntheticPost.ofSize(23_000));
        assertSame(SyntheticPost.ofSize(200_000));
    }

    @Test
    void trickyLinksImagesAndHtmlRenderAsWithSeparateWalks() {
        assertSame("""
                * toc
                {:toc}

                # One [a](/x.md) ![i](missing.png)
                ## Two

                [![alt ![inner](javascript:x) <b onclick="y">b</b>](/img.png)](javascript:alert(1))
                [out](../../etc/passwd) [ok](https://example.org){:target="_blank"} <a href="javascript:z">z</a>
                ![](data:image/png;base64,AAAA) ![](data:text/html,x) [b]({% post_url 2020-01-01-none %})

                <div><img src="missing/a.png" onerror="x()"><script>bad()</script></div>

                | a | [t](/t.md) |
                |---|---|
                | <i>x</i> | ![c](c.png) |

                Text[^n].

                [^n]: Note with [link](javascript:n) and ![img](/f.png).
                """);
    }
}
