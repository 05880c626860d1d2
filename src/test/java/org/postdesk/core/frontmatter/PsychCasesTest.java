package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table {@code frontmatter/psych-cases.txt}: values Psych and SnakeYAML once read
 * differently after an edit (found by {@link PsychCrossCheckTest}) and the values decision 0022 names.
 * Needs no Ruby: the expected reading is Psych's, checked with SnakeYAML.
 */
class PsychCasesTest {
    record Row(String entry, String key, String value, String reading) {
        @Override
        public String toString() {
            return entry + " " + key + "=" + value;
        }
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = PsychCasesTest.class.getResourceAsStream("/frontmatter/psych-cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .map(f -> new Row(f[0], f[1], unescape(f[2]), unescape(f[3])))
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsAsPsychDoes(Row row) {
        FrontMatterDocument doc = FrontMatterDocument.parse("layout: post\ntitle: Hello\n");
        FrontMatterDocument after = row.entry().equals("set") ? doc.withYaml(row.key(), row.value())
                : doc.withString(row.key(), row.value());
        Object read = FrontMatterPropertyTest.load(after.text()).get(row.key());
        assertThat(PsychCrossCheckTest.canon(read)).as(after.text()).isEqualTo(row.reading());
        assertThat(FrontMatterPropertyTest.load(after.text())).containsEntry("layout", "post");
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\(u[0-9A-Fa-f]{4}|t|n|r)").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String g = m.group(1);
            String rep = switch (g.charAt(0)) {
                case 't' -> "\t";
                case 'n' -> "\n";
                case 'r' -> "\r";
                default -> String.valueOf((char) Integer.parseInt(g.substring(1), 16));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }
}
