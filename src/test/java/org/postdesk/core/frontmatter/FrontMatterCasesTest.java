package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The front-matter spec: every case in {@code frontmatter/cases.txt} (format described at the
 * top of that file) is parsed, edited and compared to its exact expected text.
 */
class FrontMatterCasesTest {

    record Case(String name, List<String> order, String input, String edit, String expect,
            boolean same, String invalidAt, List<String> reads) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        String all;
        try (InputStream in = FrontMatterCasesTest.class.getResourceAsStream("/frontmatter/cases.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        for (String chunk : all.split("\n=== ")) {
            if (chunk.startsWith("#") || chunk.isBlank()) {
                continue;
            }
            out.add(parseCase(chunk));
        }
        return out.stream();
    }

    private static Case parseCase(String chunk) {
        String[] parts = chunk.split("\n--- ", -1);
        String name = parts[0].strip();
        List<String> order = List.of();
        String input = null;
        String edit = null;
        String expect = null;
        boolean same = false;
        String invalid = null;
        List<String> reads = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            int nl = p.indexOf('\n');
            String head = nl < 0 ? p : p.substring(0, nl);
            String body = nl < 0 ? "" : p.substring(nl + 1);
            if (head.startsWith("order ")) {
                order = Arrays.stream(head.substring(6).split(",")).map(String::strip).toList();
            } else if (head.equals("input")) {
                input = unescape(body);
            } else if (head.startsWith("edit ")) {
                edit = head.substring(5);
            } else if (head.equals("expect")) {
                expect = unescape(body);
            } else if (head.equals("same")) {
                same = true;
            } else if (head.startsWith("invalid ")) {
                invalid = head.substring(8).strip();
            } else if (head.equals("read")) {
                body.lines().filter(l -> !l.isBlank()).forEach(reads::add);
            } else {
                throw new IllegalArgumentException("Unknown section '" + head + "' in case " + name);
            }
        }
        return new Case(name, order, input, edit, expect, same, invalid, reads);
    }

    /** Blocks end with a line break unless the last line ends with ␄; ⇥ is a tab, ␍ a CR. */
    private static String unescape(String body) {
        String s = body.endsWith("\n") ? body : body + "\n";
        if (s.endsWith("␄\n")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.replace("⇥", "\t").replace("␍", "\r");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void frontMatterCase(Case c) {
        FrontMatterDocument doc = FrontMatterDocument.parse(c.input(), c.order());
        assertThat(doc.text()).isEqualTo(c.input());
        if (c.invalidAt() != null) {
            assertThat(doc.isValid()).as("valid").isFalse();
            YamlProblem p = doc.problem().orElseThrow();
            assertThat(p.line() + ":" + p.column()).isEqualTo(c.invalidAt());
            assertThat(p.message()).endsWith(".");
            if (c.edit() != null) {
                assertThatThrownBy(() -> apply(doc, c.edit()))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("not valid YAML");
            }
            return;
        }
        assertThat(doc.problem()).as("problem").isEmpty();
        for (String read : c.reads()) {
            String[] f = read.split(" ", 3);
            FieldValue v = doc.get(f[0]).orElseThrow(() -> new AssertionError("no key " + f[0]));
            assertThat(v.kind()).as(f[0] + " kind").hasToString(f[1]);
            assertThat(show(v.value())).as(f[0] + " value").isEqualTo(f.length > 2 ? f[2] : "");
        }
        if (c.edit() == null) {
            return;
        }
        FrontMatterDocument after = apply(doc, c.edit());
        if (c.same()) {
            assertThat(after).isSameAs(doc);
        }
        if (c.expect() != null) {
            assertThat(after.text()).isEqualTo(c.expect());
        }
        assertThat(after.isValid()).as("result is valid YAML").isTrue();
        checkReadsBack(after, c.edit());
    }

    private static String show(Object value) {
        if (value instanceof FrontMatterDate d) {
            return d.dateTime() + (d.offset() == null ? "" : d.offset().toString())
                    + (d.hasTime() ? "" : " (date only)");
        }
        return String.valueOf(value);
    }

    private static FrontMatterDocument apply(FrontMatterDocument doc, String edit) {
        String[] f = edit.split(" ", 3);
        String key = f.length > 1 ? f[1] : "";
        String arg = f.length > 2 ? f[2] : "";
        return switch (f[0]) {
            case "string" -> doc.withString(key, arg);
            case "boolean" -> doc.withBoolean(key, Boolean.parseBoolean(arg));
            case "list" -> doc.withList(key, arg.isEmpty() ? List.of() : Arrays.asList(arg.split(" \\| ")));
            case "date" -> doc.withDate(key, date(arg));
            case "yaml" -> doc.withYaml(key, arg);
            case "remove" -> doc.without(key);
            default -> throw new IllegalArgumentException("Unknown edit " + edit);
        };
    }

    /** ISO text: {@code 2021-05-06}, {@code 2021-05-06T07:08:09}, or with an offset. */
    private static FrontMatterDate date(String iso) {
        if (iso.length() == 10) {
            return new FrontMatterDate(LocalDate.parse(iso).atStartOfDay(), false, null, iso);
        }
        if (iso.matches(".*([+-]\\d\\d:\\d\\d|Z)$")) {
            OffsetDateTime odt = OffsetDateTime.parse(iso);
            return new FrontMatterDate(odt.toLocalDateTime(), true, odt.getOffset(), iso);
        }
        return new FrontMatterDate(LocalDateTime.parse(iso), true, null, iso);
    }

    /** Whatever was written must read back as the value that was set. */
    private static void checkReadsBack(FrontMatterDocument after, String edit) {
        String[] f = edit.split(" ", 3);
        String key = f.length > 1 ? f[1] : "";
        String arg = f.length > 2 ? f[2] : "";
        switch (f[0]) {
            case "string" -> assertThat(after.string(key)).contains(arg);
            case "boolean" -> assertThat(after.get(key).orElseThrow().value()).isEqualTo(Boolean.parseBoolean(arg));
            case "list" -> assertThat(after.stringList(key))
                    .isEqualTo(arg.isEmpty() ? List.of() : Arrays.asList(arg.split(" \\| ")));
            case "date" -> {
                FrontMatterDate d = (FrontMatterDate) after.get(key).orElseThrow().value();
                assertThat(d.dateTime()).isEqualTo(date(arg).dateTime());
                assertThat(d.offset()).isEqualTo(date(arg).offset());
            }
            case "remove" -> assertThat(after.has(key)).isFalse();
            default -> assertThat(after.has(key)).isTrue();
        }
    }
}
