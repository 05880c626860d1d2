package org.postdesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextQueryTest {

    private static List<String> found(String text, TextQuery query) {
        return query.compile().matches(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void plainTextIgnoresCaseUnlessAsked() {
        String text = "Java and java and JAVA";
        assertThat(found(text, TextQuery.plain("java"))).hasSize(3);
        assertThat(found(text, new TextQuery("java", true, false, false))).containsExactly("java");
    }

    @Test
    void plainTextIsNotARegularExpression() {
        assertThat(found("a.b axb", TextQuery.plain("a.b"))).containsExactly("a.b");
    }

    @Test
    void wholeWordSkipsPartsOfWords() {
        String text = "cat concat cat_s cats cat.";
        assertThat(found(text, new TextQuery("cat", false, true, false))).hasSize(2);
    }

    @Test
    void regularExpressionsAndGroupsInTheReplacement() {
        TextQuery query = new TextQuery("(\\d+)年", false, false, true);
        TextQuery.Compiled compiled = query.compile();
        String text = "2024年和2025年";
        List<TextQuery.Match> matches = compiled.matches(text);
        assertThat(matches).hasSize(2);
        assertThat(compiled.replacementFor(text, matches.get(1), "year $1", true)).isEqualTo("year 2025");
        assertThat(compiled.replacementFor(text, matches.get(1), "$1", false)).isEqualTo("$1");
        assertThatThrownBy(() -> compiled.replacementFor(text, matches.get(0), "$7", true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInvalidRegularExpressionSaysWhy() {
        TextQuery.Compiled compiled = new TextQuery("a(b", false, false, true).compile();
        assertThat(compiled.valid()).isFalse();
        assertThat(compiled.problem()).isNotBlank();
        assertThat(compiled.problemIndex()).isEqualTo(3);
        assertThat(compiled.matches("a(b")).isEmpty();
        assertThat(TextQuery.plain("a(b").compile().valid()).isTrue();
    }

    @Test
    void emptyMatchesAreSkipped() {
        assertThat(new TextQuery("x*", false, false, true).compile().matches("abxxc")).hasSize(1);
    }
}
