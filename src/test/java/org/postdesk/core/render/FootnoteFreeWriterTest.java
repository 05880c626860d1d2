package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.kramdown.KramdownFlavour;

/**
 * A text without {@code [^} is written without the footnotes extension's writer (it walks the
 * whole tree first). The HTML must be what the full writer makes, for texts with footnotes, with
 * near misses that spell no footnote, and with footnotes nested in lists, quotes and tables.
 */
class FootnoteFreeWriterTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(KramdownFlavour.INSTANCE);

    @Test
    void theWriterWithoutFootnotesWritesWhatTheFullWriterWrites() {
        List<String> texts = List.of(
                "plain 中文 text\n\n- a\n- b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
                "Text[^n] and [^missing].\n\n[^n]: The note.\n",
                "> quote[^q]\n>\n> [^q]: defined in a quote\n\n- item[^i]\n\n  [^i]: in an item\n",
                "| a[^t] | b |\n|---|---|\n| c | d |\n\n[^t]: from a table\n",
                "near misses: [ ^n] \\[^n] `[^n]` &#91;^n] [&#94;n] [\n^n]\n\n&#91;^n]: not a note\n",
                "unused definition only\n\n[^u]: never referenced\n",
                "[^n]: definition before\n\nreference after[^n] and twice[^n]\n",
                "- [x] task[^t]\n- [ ] open\n\n[^t]: a task's note\n",
                "{::comment}\n[^c]\n{:/comment}\n\n# Heading[^h] {#h}\n\n[^h]: in a heading\n");
        for (String text : texts) {
            String full = markdown.render(markdown.parse(text));
            StringBuilder chosen = new StringBuilder();
            markdown.render(markdown.parse(text), text, chosen);
            assertThat(chosen.toString()).as(text).isEqualTo(full);
        }
    }

    @Test
    void aTextWithFootnotesStillGetsItsNotesSection() {
        String text = "Claim[^1].\n\n[^1]: Source.\n";
        StringBuilder out = new StringBuilder();
        markdown.render(markdown.parse(text), text, out);
        assertThat(out.toString()).contains("class=\"footnotes\"").contains("Source.");
        Node plain = markdown.parse("Claim.\n");
        StringBuilder none = new StringBuilder();
        markdown.render(plain, "Claim.\n", none);
        assertThat(none.toString()).doesNotContain("footnote");
    }

    @Test
    void onlyTheFootnoteSpellingCountsAsAFootnote() {
        assertThat(KramdownFlavour.INSTANCE.mayHaveFootnotes("a[^1]")).isTrue();
        assertThat(KramdownFlavour.INSTANCE.mayHaveFootnotes("a [1] ^ b")).isFalse();
        assertThat(KramdownFlavour.INSTANCE.mayHaveFootnotes("")).isFalse();
    }
}
