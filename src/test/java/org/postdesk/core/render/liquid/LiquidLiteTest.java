package org.postdesk.core.render.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

class LiquidLiteTest {

    private final LiquidLite liquid = new LiquidLite();
    private final SiteLinks links = new SiteLinks() {
        @Override
        public Optional<String> postUrl(String name) {
            return name.equals("2013-05-06-jekyll-1-0-0-released")
                    ? Optional.of("/news/2013/05/06/jekyll-1-0-0-released/") : Optional.empty();
        }

        @Override
        public Optional<String> link(String path) {
            return path.equals("_docs/history.md") ? Optional.of("/docs/history/") : Optional.empty();
        }
    };

    private String apply(String text) {
        return liquid.apply(text, new TemplatePass.Context(Map.of("title", "T"),
                Map.of("baseurl", "/blog", "url", "https://example.org/"), links)).text();
    }

    @Test
    void tagsOverSeveralLinesAreReplacedExactlyAndLaterLinesMapBack() {
        String text = "a {{ site.baseurl\n}} b\r\n{% comment %}\r\nx\r\n{% endcomment %}\n{% link\n_docs/history.md %}\n"
                + "{% include a.html\n x=1 %}\n{% raw %}\n{{ y }}\n{% endraw %}\n{% highlight js %}\nvar a;\n{% endhighlight %}\n"
                + "last\n";
        TemplatePass.Result r = liquid.apply(text, new TemplatePass.Context(Map.of(),
                Map.of("baseurl", "/blog"), links));
        String out = r.text();
        assertThat(out).startsWith("a /blog b\r\n\n/docs/history/\n").contains("{{ y }}")
                .contains("```js\nvar a;\n```").endsWith("last\n");
        String[] outLines = out.split("\r?\n", -1);
        String[] inLines = text.split("\r?\n", -1);
        int last = outLines.length - 2;
        assertThat(outLines[last]).isEqualTo("last");
        assertThat(inLines[r.lines().sourceLine(last)]).isEqualTo("last");
        assertThat(inLines[r.lines().sourceLine(2)]).isEqualTo("{% link"); // where "/docs/history/" starts
    }

    @Test
    void filtersFollowJekyll() {
        assertThat(apply("{{ \"/a.png\" | relative_url }}")).isEqualTo("/blog/a.png");
        assertThat(apply("{{ 'a.png' | relative_url }}")).isEqualTo("/blog/a.png");
        assertThat(apply("{{ \"/a.png\" | absolute_url }}")).isEqualTo("https://example.org/blog/a.png");
        assertThat(apply("{{ \"https://cdn.x/a.png\" | relative_url }}")).isEqualTo("https://cdn.x/a.png");
        assertThat(apply("{{- page.title | append: '!' -}}")).isEqualTo("T!");
        assertThat(apply("{{ page.missing | default: \"none\" }}")).isEqualTo("none");
    }

    @Test
    void resolvesPostUrlAndLinkThroughTheBlog() {
        assertThat(apply("[a]({% post_url 2013-05-06-jekyll-1-0-0-released %})"))
                .isEqualTo("[a](/news/2013/05/06/jekyll-1-0-0-released/)");
        assertThat(apply("[b]({% link _posts/中文 名.md %})"))
                .isEqualTo("[b](pd-broken:link/_posts/%E4%B8%AD%E6%96%87%20%E5%90%8D.md)");
    }

    @Test
    void badTemplateTextStaysVisible() {
        assertThat(apply("{{ site.posts[0].title | }} {{ }} {% gist abc %}"))
                .isEqualTo("{{ site.posts[0].title | }} {{ }} {% gist abc %}");
        TemplatePass.Result r = liquid.apply("{% raw %} never closed {{ site.baseurl }}",
                new TemplatePass.Context(null, Map.of("baseurl", "/b"), null));
        assertThat(r.text()).isEqualTo("{% raw %} never closed /b");
        assertThat(r.notes()).singleElement().asString().contains("never closed");
    }

    @Test
    void highlightNotAloneOnItsLineStaysVisible() {
        assertThat(apply("x {% highlight js %}a{% endhighlight %}")).isEqualTo("x {% highlight js %}a{% endhighlight %}");
    }

    @Test
    void highlightFenceOutgrowsBackticksInTheCode() {
        assertThat(apply("{% highlight md %}\n```\ncode\n```\n{% endhighlight %}"))
                .isEqualTo("````md\n```\ncode\n```\n````");
    }

    @Test
    void manyUnclosedOpenersStayLinear() {
        String text = "{{ {% ".repeat(200_000);
        long start = System.nanoTime();
        assertThat(apply(text)).isEqualTo(text);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
}
