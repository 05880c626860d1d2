package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Cross-check with the real Psych (decision 0022): a few thousand generated edits, as the
 * form and as {@code set}, are read by Ruby's {@code Psych.safe_load} the way Debian's Jekyll
 * reads front matter ({@code src/test/scripts/psych_read.rb}) and compared with SnakeYAML's
 * reading. Skipped when {@code ruby} is not installed. {@code -Dpostdesk.psych.cases=N} runs more.
 */
class PsychCrossCheckTest {
    private static final Path SCRIPT = Path.of("src/test/scripts/psych_read.rb");

    record Case(String original, String edited, String key, String expected, String what) {
    }

    @Test
    void psychReadsWhatSnakeYamlReads(TestReporter report) throws Exception {
        assumeTrue(rubyAvailable(), "ruby is not installed");
        int count = Integer.getInteger("postdesk.psych.cases", 3000);
        Random random = new Random(11);
        List<String> docs = new ArrayList<>(FrontMatterPropertyTest.HAND_MADE);
        docs.addAll(FrontMatterPropertyTest.corpus());
        List<String> keys = List.of("title", "subtitle", "tags", "date", "layout", "new-key");
        List<Case> cases = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < count; i++) {
            String fm = i % 2 == 0 ? FrontMatterPropertyTest.HAND_MADE.get(random.nextInt(FrontMatterPropertyTest.HAND_MADE.size()))
                    : docs.get(random.nextInt(docs.size()));
            String key = keys.get(random.nextInt(keys.size()));
            StringBuilder value = new StringBuilder();
            for (int t = random.nextInt(6); t >= 0; t--) {
                value.append(FrontMatterPropertyTest.TOKENS.get(random.nextInt(FrontMatterPropertyTest.TOKENS.size())));
            }
            boolean asSet = random.nextBoolean();
            FrontMatterDocument doc = FrontMatterDocument.parse(fm);
            // Psych misreads a BOM inside the front matter before any edit (only the first key
            // survives); Jekyll strips the file's BOM before the fence, so this never reaches it.
            if (!doc.isValid() || fm.startsWith("\uFEFF")) {
                continue;
            }
            FrontMatterDocument after;
            try {
                after = asSet ? doc.withYaml(key, value.toString()) : doc.withString(key, value.toString());
            } catch (EditRefusedException e) {
                refused++;
                continue;
            }
            String expected = asSet ? expectedOfSet(after, key)
                    : value.length() == 0 && after.get(key).orElseThrow().kind() == FieldKind.EMPTY ? "n"
                    : "s:" + value;
            cases.add(new Case(fm, after.text(), key, expected, (asSet ? "set " : "form ") + key + "=" + value));
        }
        List<String> out = runRuby(cases);
        int agree = 0;
        int originalUnreadable = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String before = out.get(2 * i);
            String now = out.get(2 * i + 1);
            if (before.startsWith("error")) {
                originalUnreadable++;
                continue;
            }
            String expected = "ok " + json(c.expected());
            if (now.equals(expected)) {
                agree++;
            } else {
                disagreements.add(c.what() + " -> psych " + now + ", snakeyaml " + expected + "\n" + c.edited());
            }
        }
        report.publishEntry("psych", cases.size() + " edits written, " + refused + " refused; Psych agreed on "
                + agree + ", disagreed on " + disagreements.size() + ", could not read the original of "
                + originalUnreadable);
        assertThat(disagreements).as("edits Psych reads differently").isEmpty();
        assertThat(agree).isGreaterThan(cases.size() / 2);
    }

    /**
     * SnakeYAML's reading, except that a plain {@code 2024-01-01 10:00:00 +0800} (a string for
     * SnakeYAML, whose timestamps need {@code +08:00}) is a time for Psych; for the {@code date}
     * key Jekyll makes it a time either way, so the cross-check expects the time there.
     */
    private static String expectedOfSet(FrontMatterDocument after, String key) {
        Object read = FrontMatterPropertyTest.load(after.text()).get(key);
        Entry e = after.effectiveEntry(key);
        if (read instanceof String s && e.valueNode() instanceof ScalarNode n
                && FrontMatterValues.isPlain(n)) {
            var date = FrontMatterDates.parse(s).filter(d -> d.offset() != null && s.matches("\\d{4}-\\d{1,2}-\\d{1,2}[ T].*"));
            if (date.isPresent()) {
                Instant at = date.get().dateTime().toInstant(date.get().offset());
                return canon(Date.from(at));
            }
        }
        return canon(read);
    }

    private static boolean rubyAvailable() {
        try {
            Process p = new ProcessBuilder("ruby", "-ryaml", "-e", "exit 0").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isRegularFile(SCRIPT);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> runRuby(List<Case> cases) throws Exception {
        Process p = new ProcessBuilder("ruby", SCRIPT.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                for (Case c : cases) {
                    in.write(record(c.original(), c.key()).getBytes(StandardCharsets.UTF_8));
                    in.write(record(c.edited(), c.key()).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        feeder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        feeder.join();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).hasSize(2 * cases.size());
        return lines;
    }

    private static String record(String yaml, String key) {
        return "{\"yaml\":" + json(yaml) + ",\"key\":" + json(key) + "}\n";
    }

    /** The same canonical text psych_read.rb prints for a Ruby value. */
    static String canon(Object v) {
        if (v == null) {
            return "n";
        }
        if (v instanceof Boolean b) {
            return "b:" + b;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            return "i:" + v;
        }
        if (v instanceof Double d) {
            return d.isNaN() ? "f:nan" : d.isInfinite() ? (d > 0 ? "f:inf" : "f:-inf") : "f:" + d;
        }
        if (v instanceof String s) {
            return "s:" + s;
        }
        if (v instanceof Date d) {
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss");
            f.setTimeZone(TimeZone.getTimeZone("UTC"));
            return "t:" + f.format(d);
        }
        if (v instanceof byte[] bytes) {
            List<String> parts = new ArrayList<>();
            for (byte b : bytes) {
                parts.add(Integer.toString(b & 0xFF));
            }
            return "s:" + String.join(".", parts);
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(canon(x)));
            return "[" + String.join(",", parts) + "]";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(canon(k) + "=" + canon(x)));
            return "{" + String.join(",", parts) + "}";
        }
        return "?:" + v.getClass().getSimpleName();
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
