package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import org.postdesk.SharedFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.postdesk.core.post.PostDocument;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The promise of decision 0022 as a property: for a random awkward value and a random front matter (real
 * posts from the corpus when it is there, and hand-made ones with anchors, block scalars, flow
 * lists, comments, CRLF), an edit either is refused (and the document is untouched), or a YAML
 * 1.1 reader reads the intended value, every other key as before, and only the edited value's
 * lines differ. Both entry points: the form (the value is text) and {@code set} (the value is
 * YAML flow syntax). Seeded and reproducible; {@code -Dpostdesk.fm.tries=N} runs more
 * (docs/decisions/0022).
 */
class FrontMatterPropertyTest {
    /** Tokens an author (or an attacker) might type; joined at random into values. */
    static final List<String> TOKENS = List.of(":", " ", ": ", "#", " #", "-", "- ", "?", "? ", "&", "*", "!",
            "!!", "|", ">", "%", "@", "`", "'", "\"", "[", "]", "{", "}", ",", "\t", "\\", "：", "，", "、", "。",
            "「", "」", "😀", "🎉", "\u200F", "\u202E", "\u00A0", "\u3000", "\u0085", "\u2028", "\u009B", "~",
            "null", "Null", "yes", "No", "on", "OFF", "true", "y", "0x1F", "1_000", "1,000", ".inf", "-.5", "12:30",
            "2024-01-01", "2024-01-01 10:00:00 +0800", "007", "a", "b", "标题", "x y", "<<", "=", "---", "...", "\r\n");

    static final List<String> HAND_MADE = List.of(
            "layout: post\ntitle: Hello\ntags: [a, b]\n",
            "layout:     post\r\ntitle:      \"止付，2.9亿！\"\r\ndate:       2021-12-17\r\ncatalog:    false\r\ntags:\r\n    - 其他\r\n",
            "title: &t Hello\nsubtitle: *t\ndescription: *t\n",
            "base: &b {author: A, layout: post}\n<<: *b\ntitle: T\n",
            "tags: &tags\n  - a\n  - b\nkeywords: *tags\n",
            "title: 'It''s'  # a comment\nexcerpt: |\n  line one\n  line two\nnote: >\n  folded\n  text\n",
            "# only a comment\ntitle : spaced\ncategories: a b c\n",
            "\uFEFFtitle: bom\nlayout: post\n",
            "title: x\ntitle: duplicate\nempty:\nnil: ~\n",
            "layout:\tpost\ntitle:\ttabbed\n");

    private static final List<String> KEYS = List.of("title", "subtitle", "tags", "date", "layout", "new-key", "catalog");
    private static List<String> corpus;

    /** A random value: up to six tokens joined, sometimes padded with spaces, sometimes one token. */
    static String value(Random random) {
        int shape = random.nextInt(9);
        if (shape < 2) {
            return TOKENS.get(random.nextInt(TOKENS.size()));
        }
        StringBuilder v = new StringBuilder();
        for (int n = random.nextInt(7); n > 0; n--) {
            v.append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return shape == 2 ? " " + v + " " : v.toString();
    }

    /** A random front matter: hand-made or (half of the time, when present) a corpus post's. */
    static String frontMatter(Random random) {
        List<String> real = corpus();
        if (real.isEmpty() || random.nextBoolean()) {
            return HAND_MADE.get(random.nextInt(HAND_MADE.size()));
        }
        return real.get(random.nextInt(real.size()));
    }

    @Test
    void theFormWritesTextOrRefuses(TestReporter report) {
        run(false, 20261206L, report);
    }

    @Test
    void setWritesTheMeaningOrRefuses(TestReporter report) {
        run(true, 20261207L, report);
    }

    /** {@code -Dpostdesk.fm.tries=N} runs N cases per entry point (1,500 by default); {@code -Dpostdesk.fm.seed=S} another seed. */
    private static void run(boolean asSet, long defaultSeed, TestReporter report) {
        int tries = Integer.getInteger("postdesk.fm.tries", 1500);
        long seed = Long.getLong("postdesk.fm.seed", defaultSeed);
        Random random = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < tries; i++) {
            String fm = frontMatter(random);
            String key = KEYS.get(random.nextInt(KEYS.size()));
            String value = value(random);
            try {
                outcomes.merge(check(fm, key, value, asSet), 1, Integer::sum);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + " of seed " + seed + ": " + (asSet ? "set " : "form ")
                        + key + "=" + PsychCrossCheckTest.json(value) + " on\n" + fm + "\n" + e.getMessage(), e);
            }
        }
        report.publishEntry(asSet ? "set" : "form", tries + " cases: " + outcomes);
    }

    /** One case; returns what happened (written, unchanged, refused: why, invalid input). */
    static String check(String fm, String key, String value, boolean asSet) {
        FrontMatterDocument doc = FrontMatterDocument.parse(fm);
        if (!doc.isValid()) {
            return "invalid input";
        }
        FrontMatterDocument after;
        try {
            after = asSet ? doc.withYaml(key, value) : doc.withString(key, value);
        } catch (EditRefusedException e) {
            assertThat(doc.text()).isEqualTo(fm);
            assertThat(e.getMessage()).endsWith(".").doesNotContain("Exception");
            String why = e.getMessage().contains("{key: value}") ? "flow-map front matter"
                    : e.getMessage().contains("anchor") ? "anchor" : e.getMessage().contains("broken") ? "lone surrogate"
                    : e.getMessage();
            return "refused: " + why;
        }
        String outcome = after == doc ? "unchanged" : "written";
        Map<String, Object> before = load(doc.text());
        Map<String, Object> now = load(after.text());
        for (String k : before.keySet()) {
            if (!k.equals(key)) {
                assertThat(now).as("other key " + k).containsEntry(k, before.get(k));
            }
        }
        Set<String> keysNow = new HashSet<>(now.keySet());
        keysNow.remove(key);
        Set<String> keysBefore = new HashSet<>(before.keySet());
        keysBefore.remove(key);
        assertThat(keysNow).isEqualTo(keysBefore);
        Object intended = asSet ? intendedBySet(value) : value;
        Object read = now.get(key);
        if (intended instanceof String s && s.isEmpty() && read == null) {
            return outcome;
        }
        if (key.equals("date") && read instanceof String r && FrontMatterDates.parse(r).isPresent()) {
            return outcome;
        }
        if ((key.equals("tags") || key.equals("categories")) && intended instanceof List<?> l && read instanceof String r) {
            assertThat(Arrays.asList(r.split(" "))).isEqualTo(l);
            return outcome;
        }
        assertThat(read).as("value of " + key + " in\n" + after.text()).isEqualTo(intended);
        if (!doc.text().contains("*")) {
            onlyValueLinesDiffer(doc, after, key);
        } else {
            onlyValueAndAliasLinesDiffer(doc, after, key);
        }
        return outcome;
    }

    /** What {@code set} means by the value: its YAML reading when it is one safe flow value, else the text. */
    static Object intendedBySet(String value) {
        if (FlowValue.isEmpty(value)) {
            return null;
        }
        Node node = FlowValue.meaning(value);
        if (node == null) {
            return value;
        }
        String yaml = FlowValue.stripBlanks(value);
        if (node instanceof ScalarNode s && FrontMatterValues.isPlain(s)) {
            String lower = yaml.toLowerCase(Locale.ROOT);
            if (Set.of("true", "yes", "on").contains(lower)) {
                return Boolean.TRUE;
            }
            if (Set.of("false", "no", "off").contains(lower)) {
                return Boolean.FALSE;
            }
            if (lower.equals("null") || lower.equals("~")) {
                return null;
            }
        }
        return load("v: " + yaml).get("v");
    }

    private static void onlyValueLinesDiffer(FrontMatterDocument doc, FrontMatterDocument after, String key) {
        List<String> a = lines(doc.text());
        List<String> b = lines(after.text());
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int[] oldLines = lineRange(doc, key);
        int[] newLines = lineRange(after, key);
        if (prefix < a.size() - suffix) {
            assertThat(oldLines).as("a changed line outside the key in\n" + doc.text()).isNotNull();
            assertThat(prefix).isGreaterThanOrEqualTo(oldLines[0]);
            assertThat(a.size() - suffix - 1).isLessThanOrEqualTo(oldLines[1]);
        }
        if (prefix < b.size() - suffix) {
            assertThat(prefix).as("changed lines start before the key in\n" + after.text()).isGreaterThanOrEqualTo(newLines[0]);
            assertThat(b.size() - suffix - 1).as("changed lines end after the key in\n" + after.text())
                    .isLessThanOrEqualTo(newLines[1]);
        }
    }

    /**
     * With aliases, an anchor may move to its first alias: the lines that differ (by a line diff)
     * are the key's own, the alias lines before ({@code *name}) and the anchor lines after ({@code &name}).
     */
    private static void onlyValueAndAliasLinesDiffer(FrontMatterDocument doc, FrontMatterDocument after, String key) {
        List<String> a = lines(doc.text());
        List<String> b = lines(after.text());
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] oldLines = lineRange(doc, key);
        int[] newLines = lineRange(after, key);
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                boolean own = newLines != null && j >= newLines[0] && j <= newLines[1];
                assertThat(own || b.get(j).contains("&")).as("added line " + j + " in\n" + after.text()).isTrue();
                j++;
            } else {
                boolean own = oldLines != null && i >= oldLines[0] && i <= oldLines[1];
                assertThat(own || a.get(i).contains("*")).as("removed line " + i + " of\n" + doc.text()).isTrue();
                i++;
            }
        }
    }

    /** 0-based first and last line of the key's entry (key line to value end), or null. */
    private static int[] lineRange(FrontMatterDocument doc, String key) {
        Entry e = doc.effectiveEntry(key);
        if (e == null) {
            return null;
        }
        String t = doc.text();
        return new int[] {lines(t.substring(0, e.keyStart())).size() - 1,
            lines(t.substring(0, Math.max(e.valueEnd(), e.colonEnd()))).size() - 1};
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\n|\r", -1));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String text) {
        Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(TabSeparators.spaced(text));
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    /** Front matter of the corpus posts (empty when the corpus is absent). */
    static synchronized List<String> corpus() {
        if (corpus != null) {
            return corpus;
        }
        List<String> out = new ArrayList<>();
        Path root = SharedFolders.corpus();
        if (!Files.isDirectory(root) && SharedFolders.required()) {
            throw new IllegalStateException(root + " is missing, and this run (-Pcorpus) is meant to read it.");
        }
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().matches(".*/_(posts|drafts)/.*\\.(md|markdown)$")).sorted().toList()) {
                    PostDocument post = PostDocument.parse(Files.readAllBytes(f));
                    if (post.hasFrontMatter() && !post.isReadOnly()) {
                        out.add(post.frontMatter());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        corpus = List.copyOf(out);
        return corpus;
    }
}
