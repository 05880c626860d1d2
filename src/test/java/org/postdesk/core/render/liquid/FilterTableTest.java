package org.postdesk.core.render.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/** The filter table: every filter decisions 0019 and 0026 promise is registered once, by name. */
class FilterTableTest {

    private final TemplatePass.Context context = new TemplatePass.Context(Map.of("title", "Hello World"),
            Map.of("baseurl", "/b", "url", "https://x.org"), SiteLinks.NONE);

    private String render(String text) {
        return new LiquidLite().apply(text, context).text();
    }

    @Test
    void everyDocumentedFilterIsInTheTable() {
        assertThat(FilterTable.names()).containsExactlyInAnyOrder("relative_url", "absolute_url", "split", "join",
                "size", "first", "last", "append", "prepend", "sort", "sort_natural", "reverse", "uniq", "compact",
                "concat", "slugify", "downcase", "upcase", "capitalize", "default", "strip", "lstrip", "rstrip",
                "strip_newlines", "replace", "replace_first", "remove", "remove_first", "where", "map", "markdownify",
                "escape", "xml_escape", "strip_html", "newline_to_br", "truncate", "plus", "minus", "times",
                "divided_by", "modulo", "number_of_words", "date", "date_to_xmlschema", "date_to_rfc822",
                "date_to_string", "date_to_long_string");
    }

    @Test
    void anUnknownFilterLeavesTheValueAndABadNameLeavesTheTextVisible() {
        assertThat(render("{{ page.title | no_such_filter | upcase }}")).isEqualTo("HELLO WORLD");
        assertThat(render("{{ page.title | 9bad }}")).isEqualTo("{{ page.title | 9bad }}");
    }

    @Test
    void eachFamilyAnswersThroughTheTable() {
        assertThat(render("{{ page.title | slugify }}|{{ 'a,b,a' | split: ',' | uniq | join: '+' }}|"
                + "{{ 7 | divided_by: 2 }}|{{ '/p' | absolute_url }}")).isEqualTo("hello-world|a+b|3|https://x.org/b/p");
        assertThat(Values.list(Map.of("k", 1L))).isEqualTo(List.of(List.of("k", 1L)));
    }
}
