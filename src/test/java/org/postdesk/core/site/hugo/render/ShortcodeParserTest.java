package org.postdesk.core.site.hugo.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Broken;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Call;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Piece;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Text;

/** Hugo's shortcode syntax as the page lexer reads it (Hugo 0.111's parser/pageparser rules). */
class ShortcodeParserTest {

    private static Call only(String body) {
        List<Piece> pieces = ShortcodeParser.parse(body);
        assertThat(pieces).hasSize(1).first().isInstanceOf(Call.class);
        return (Call) pieces.get(0);
    }

    @Test
    void positionalParametersQuotedRawAndBare() {
        Call c = only("{{< highlight go \"linenos=table,hl_lines=2 3\" `raw \"q\"` 1.5 >}}");
        assertThat(c.name()).isEqualTo("highlight");
        assertThat(c.markup()).isFalse();
        assertThat(c.positional()).containsExactly("go", "linenos=table,hl_lines=2 3", "raw \"q\"", "1.5");
        assertThat(c.inner()).isNull();
    }

    @Test
    void namedParametersWithEscapedQuotesAndSpacesAroundEquals() {
        Call c = only("{{% figure src=\"/a b.png\" caption = \"say \\\"hi\\\"\" width=300 %}}");
        assertThat(c.markup()).isTrue();
        assertThat(c.named()).containsExactly(Map.entry("src", "/a b.png"), Map.entry("caption", "say \"hi\""),
                Map.entry("width", "300"));
    }

    @Test
    void aTagMaySpanLines() {
        Call c = only("{{< figure\n  src=\"a.png\"\n  title=\"T\"\n>}}");
        assertThat(c.named()).containsEntry("title", "T");
        assertThat(c.end()).isEqualTo("{{< figure\n  src=\"a.png\"\n  title=\"T\"\n>}}".length());
    }

    @Test
    void closingTagsGiveInnerContentAndNestingIsRespected() {
        List<Piece> pieces = ShortcodeParser.parse("a {{< box >}}x {{< box >}}y{{< /box >}} z{{< /box >}} b");
        assertThat(pieces).hasSize(3);
        Call outer = (Call) pieces.get(1);
        assertThat(outer.inner()).hasSize(3);
        assertThat(((Text) outer.inner().get(0)).text()).isEqualTo("x ");
        Call inner = (Call) outer.inner().get(1);
        assertThat(((Text) inner.inner().get(0)).text()).isEqualTo("y");
        assertThat(((Text) pieces.get(2)).text()).isEqualTo(" b");
    }

    @Test
    void aCallNeverClosedTakesNoInnerAndSelfClosingNeither() {
        List<Piece> pieces = ShortcodeParser.parse("{{< youtube abc >}} text {{< note />}} more");
        assertThat(pieces).hasSize(4);
        assertThat(((Call) pieces.get(0)).inner()).isNull();
        assertThat(((Call) pieces.get(2)).inner()).isNull();
        assertThat(((Call) pieces.get(2)).name()).isEqualTo("note");
    }

    @Test
    void closingWithTheOtherDelimiterStillCloses() {
        Call c = only("{{< note >}}*x*{{% /note %}}");
        assertThat(c.inner()).hasSize(1);
    }

    @Test
    void escapesAreTextWithoutTheCommentMarks() {
        List<Piece> pieces = ShortcodeParser.parse("Write {{</* figure src=\"x\" */>}} and {{%/* note */%}}.");
        assertThat(pieces).hasSize(1);
        assertThat(((Text) pieces.get(0)).text()).isEqualTo("Write {{< figure src=\"x\" >}} and {{% note %}}.");
    }

    @Test
    void anEscapeNeverClosedStaysAsWritten() {
        List<Piece> pieces = ShortcodeParser.parse("{{</* never closed >}}");
        assertThat(pieces).allMatch(p -> !(p instanceof Call));
        StringBuilder all = new StringBuilder();
        for (Piece p : pieces) {
            all.append(p instanceof Text t ? t.text() : ((Broken) p).source());
        }
        assertThat(all.toString()).contains("never closed");
    }

    @Test
    void brokenTagsSayWhyInEnglish() {
        assertThat(broken("{{< >}}")).contains("needs a name");
        assertThat(broken("{{< x \"open >}}")).contains("not closed on its line");
        assertThat(broken("{{< x a=1 b >}}")).contains("mixes named and positional");
        assertThat(broken("{{< x a b=1 >}}")).contains("mixes named and positional");
        assertThat(broken("{{< x never")).contains("not closed with >}}");
        assertThat(broken("{{< /x >}}")).contains("not open here");
    }

    private static String broken(String body) {
        List<Piece> pieces = ShortcodeParser.parse(body);
        return pieces.stream().filter(p -> p instanceof Broken).map(p -> ((Broken) p).reason()).findFirst()
                .orElseThrow(() -> new AssertionError("no broken piece in " + pieces));
    }

    @Test
    void liquidAndGoTemplateBracesAreNotShortcodes() {
        List<Piece> pieces = ShortcodeParser.parse("{{ .Title }} and {% raw %} and {{< and a {{ < b");
        assertThat(pieces).noneMatch(p -> p instanceof Call);
    }

    @Test
    void randomTextNeverThrowsAndKeepsEveryLineFeed() {
        Random random = new Random(16);
        String alphabet = "{}<>%/*\"`=\\ \nab-_.";
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String body = sb.toString();
            List<Piece> pieces = ShortcodeParser.parse(body);
            assertThat(pieces).as(body).isNotNull();
        }
    }
}
