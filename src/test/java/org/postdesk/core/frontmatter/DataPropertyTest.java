package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The promise of decision 0037 as a property, for TOML and JSON as FrontMatterPropertyTest checks
 * it for YAML: a random awkward value set on a random front matter (Hugo corpus TOML when it is
 * there, hand-made TOML, JSON objects and Hexo JSON members) is either refused with a sentence and
 * the document untouched, or read back by a second reader (tomlj's own table for TOML, SnakeYAML
 * for JSON, which is a subset of YAML for what we write) as the intended value, every other key
 * as before, only the edited key's lines changed, and the post's fences where they were.
 * Seeded; {@code -Dpostdesk.fm.tries=N} runs more.
 */
class DataPropertyTest {
    static final List<String> TOKENS = List.of("\"", "'", "\"\"\"", "'''", "\\", "\\n", "\n", "\r\n", "\t", "#", " # ",
            "=", "[", "]", "{", "}", ",", ":", "+++", "\n+++\n", "---", "\n---\n", ";;;", "\n;;;\n", "\u0001", "\u007F",
            "\u2028", "😀", "标题", "a", "b c", "true", "1979-05-27", "1979-05-27T07:32:00Z", "0x1F", "1_000", "nan",
            "inf", "-0", "1e5", "null", "\\u0041", "\\\"", "'''", "\r", " ");

    static final List<String> TOML = List.of(
            "title = \"Hello\"\ndate = 2019-03-01T10:00:00+08:00\ndraft = false\ntags = [\"a\", \"b\"]\n",
            "title = 'Literal \\ path'\r\ndate = 2019-03-01\r\ncategories = [\r\n  'x',\r\n  'y',\r\n]\r\n",
            "# comment\ntitle = \"\"\"\nmulti\nline\"\"\"  # after\nweight = 10\n\n[params]\n  author = \"me\"\n  tags = [1, 2]\n",
            "title = '''raw\nlines'''\nkeywords = { a = 1, b = \"}\" }\n\"quoted key\" = \"v\"\n[[menu.main]]\nname = \"x\"\n",
            "date = 1979-05-27 07:32:00.999\ntitle=\"tight\"\nsite.name = \"dotted\"\n",
            "");
    static final List<String> JSON_OBJECTS = List.of(
            "{\n  \"title\": \"Hello\",\n  \"date\": \"2019-03-01T10:00:00+08:00\",\n  \"tags\": [\"a\", \"b\"],\n  \"draft\": false\n}",
            "{\"title\": \"one line\", \"n\": 1, \"nested\": {\"a\": [1, 2]}}",
            "{\r\n    \"title\": \"crlf \\\" }\",\r\n    \"tags\": [\r\n        \"x\",\r\n        \"y\"\r\n    ]\r\n}",
            "{}");
    static final List<String> JSON_MEMBERS = List.of(
            "\"title\": \"Hello\",\n\"date\": \"2013/7/13 20:46:25\",\n\"tags\": [\"a\"]\n",
            "\"title\": \"x ;;; y\"\n");

    private static final List<String> KEYS = List.of("title", "tags", "date", "draft", "new-key", "params", "keywords");
    private static List<String> corpusToml;

    @Test
    void theFormWritesTextOrRefuses(TestReporter report) {
        run(false, 20261208L, report);
    }

    @Test
    void setWritesTheMeaningOrRefuses(TestReporter report) {
        run(true, 20261209L, report);
    }

    private static void run(boolean asSet, long seed, TestReporter report) {
        int tries = Integer.getInteger("postdesk.fm.tries", 1500);
        Random random = new Random(Long.getLong("postdesk.fm.seed", seed));
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < tries; i++) {
            int form = random.nextInt(3);
            FrontMatterFormat format = form == 0 ? FrontMatterFormat.TOML_PLUSES
                    : form == 1 ? FrontMatterFormat.JSON_OBJECT : FrontMatterFormat.JSON_SEMICOLONS;
            String fm = pick(random, format);
            String key = KEYS.get(random.nextInt(KEYS.size()));
            String value = value(random);
            try {
                outcomes.merge(format.language() + " " + check(format, fm, key, value, asSet), 1, Integer::sum);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + ": " + (asSet ? "set " : "form ") + key + "="
                        + PsychCrossCheckTest.json(value) + " on " + format.language() + "\n" + fm + "\n" + e.getMessage(), e);
            }
        }
        report.publishEntry(asSet ? "set" : "form", tries + " cases: " + outcomes);
        assertThat(outcomes.keySet().stream().filter(k -> k.contains("written")).count()).isGreaterThanOrEqualTo(2);
    }

    static String value(Random random) {
        StringBuilder v = new StringBuilder();
        for (int n = 1 + random.nextInt(5); n > 0; n--) {
            v.append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return random.nextInt(5) == 0 ? TOKENS.get(random.nextInt(TOKENS.size())) : v.toString();
    }

    private static String pick(Random random, FrontMatterFormat format) {
        if (format == FrontMatterFormat.TOML_PLUSES) {
            List<String> real = corpusToml();
            return !real.isEmpty() && random.nextBoolean() ? real.get(random.nextInt(real.size()))
                    : TOML.get(random.nextInt(TOML.size()));
        }
        List<String> list = format == FrontMatterFormat.JSON_OBJECT ? JSON_OBJECTS : JSON_MEMBERS;
        return list.get(random.nextInt(list.size()));
    }

    /** One case; returns what happened. */
    static String check(FrontMatterFormat format, String fm, String key, String value, boolean asSet) {
        String file = wrap(format, fm);
        List<FrontMatterFormat> forms = format == FrontMatterFormat.JSON_SEMICOLONS ? FormsCorpusTest.HEXO : FormsCorpusTest.HUGO;
        PostDocument post = PostDocument.parse(file.getBytes(StandardCharsets.UTF_8), forms);
        assertThat(post.frontMatter()).isEqualTo(fm);
        FrontMatterDocument doc = FrontMatterDocument.of(post);
        assertThat(doc.isValid()).as("fixture reads").isTrue();
        Map<String, Object> before = independent(format, fm);
        FrontMatterDocument after;
        try {
            after = asSet ? doc.withYaml(key, value) : doc.withString(key, value);
        } catch (EditRefusedException e) {
            assertThat(doc.text()).isEqualTo(fm);
            assertThat(e.getMessage()).endsWith(".").doesNotContain("Exception");
            String m = e.getMessage();
            return "refused: " + (m.contains("table") ? "table" : m.contains("front matter early") ? "fence"
                    : m.contains("would no longer parse") ? "would not parse" : m.contains("would read") ? "reads otherwise"
                    : m.contains("Postdesk sets") ? "not a simple value" : m.contains("broken") ? "lone surrogate"
                    : m.contains("no empty value") ? "toml empty" : m);
        }
        if (after == doc) {
            return "unchanged";
        }
        Map<String, Object> now = independent(format, after.text());
        Map<String, Object> othersBefore = new LinkedHashMap<>(before);
        othersBefore.remove(key);
        Map<String, Object> othersNow = new LinkedHashMap<>(now);
        othersNow.remove(key);
        assertThat(othersNow).isEqualTo(othersBefore);
        assertThat(now).containsKey(key);
        if (!asSet) {
            assertThat(now.get(key)).as("value in\n" + after.text()).isEqualTo(value);
        }
        PostDocument written = PostDocument.parse(post.withFrontMatter(after.text()).toBytes(), forms);
        assertThat(written.frontMatter()).isEqualTo(after.text());
        assertThat(written.body()).isEqualTo(post.body());
        onlyTheKeysLinesChanged(doc, after, key);
        return "written";
    }

    private static String wrap(FrontMatterFormat format, String fm) {
        if (format == FrontMatterFormat.TOML_PLUSES) {
            return "+++\n" + fm + "+++\nBody {{< x >}}\n";
        }
        if (format == FrontMatterFormat.JSON_OBJECT) {
            return fm + "\nBody\n";
        }
        return fm + ";;;\nBody\n";
    }

    /** The changed lines lie within the key's own lines (none for a new key). */
    private static void onlyTheKeysLinesChanged(FrontMatterDocument doc, FrontMatterDocument after, String key) {
        List<String> a = List.of(doc.text().split("\r\n|\n|\r", -1));
        List<String> b = List.of(after.text().split("\r\n|\n|\r", -1));
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int firstChanged = prefix + 1;
        int lastChanged = a.size() - suffix;
        var item = doc.block().entry(key);
        if (item.isEmpty()) {
            // a new key: its lines are added; at most the line before gains a comma (JSON)
            assertThat(lastChanged - firstChanged).as("lines changed for a new key").isLessThanOrEqualTo(0);
            return;
        }
        int keyLine = TextLines.lineAndColumn(doc.text(), item.get().keyStart())[0];
        int endLine = TextLines.lineAndColumn(doc.text(), item.get().valueEnd())[0];
        assertThat(firstChanged).as("first changed line").isGreaterThanOrEqualTo(keyLine);
        assertThat(lastChanged).as("last changed line").isLessThanOrEqualTo(endLine);
    }

    /** The block read by a second reader, as plain Java. */
    static Map<String, Object> independent(FrontMatterFormat format, String text) {
        if (format == FrontMatterFormat.TOML_PLUSES) {
            TomlParseResult r = Toml.parse(text);
            assertThat(r.errors()).as("tomlj reads\n" + text).isEmpty();
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) DataBlock.plain(r);
            return m;
        }
        String object = format == FrontMatterFormat.JSON_OBJECT ? text : "{" + text + "}";
        LoaderOptions options = new LoaderOptions();
        Object loaded = new Yaml(new SafeConstructor(options)).load(object);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = loaded == null ? Map.of() : (Map<String, Object>) loaded;
        return normalise(m);
    }

    /** SnakeYAML gives Integer where our JSON reader gives Long; compare numbers as written. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> normalise(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Integer i ? (Object) i.longValue()
                : v instanceof Map<?, ?> inner ? normalise((Map<String, Object>) inner) : v));
        return out;
    }

    /** The TOML front matters of the Hugo corpus, when it is there. */
    private static synchronized List<String> corpusToml() {
        if (corpusToml != null) {
            return corpusToml;
        }
        List<String> out = new ArrayList<>();
        Path corpus = FormsCorpusTest.hugoCorpus();
        if (Files.isDirectory(corpus)) {
            try {
                for (Path p : FormsCorpusTest.posts(corpus, "content")) {
                    PostDocument d = PostDocument.parse(Files.readAllBytes(p), FormsCorpusTest.HUGO);
                    if (d.format().orElse(null) == FrontMatterFormat.TOML_PLUSES) {
                        out.add(d.frontMatter());
                    }
                }
            } catch (IOException e) {
                out.clear();
            }
        }
        corpusToml = List.copyOf(out);
        return corpusToml;
    }
}
