package org.postdesk.core.frontmatter;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The one check every edit passes before its result is handed out: the edited front matter is
 * parsed again (SnakeYAML, YAML 1.1), every other key must read exactly as before, and the
 * edited key must read as the author meant. A text the author typed must also stay a string for
 * Psych and SafeYAML when it is written plain. Anything else refuses the edit with a sentence.
 */
final class EditCheck {
    /** What the edit is meant to leave in the edited key. */
    sealed interface Intent permits Text, Meaning, Items, Keep, Removed {
    }

    /** The text, as a string. */
    record Text(String text) implements Intent {
    }

    /** A value read from YAML (its reading, see {@link Readings}). */
    record Meaning(Object reading) implements Intent {
    }

    /** A list of texts as the form's chips show it (unchanged items may keep their own type). */
    record Items(List<String> items) implements Intent {
    }

    /** The key reads as before (an edit that only moves text around). */
    record Keep() implements Intent {
    }

    /** The key is gone. */
    record Removed() implements Intent {
    }

    private EditCheck() {
    }

    static void verify(FrontMatterDocument before, FrontMatterDocument after, String key, Intent intent) {
        if (after == before) {
            return;
        }
        if (!after.isValid()) {
            YamlProblem p = after.problem().orElseThrow();
            throw new EditRefusedException("Postdesk did not change \"" + key + "\": written that way the"
                    + " front matter would no longer parse (" + p.message() + ") The front matter was kept as it was.");
        }
        if (!others(before, key).equals(others(after, key))) {
            throw new EditRefusedException("Postdesk did not change \"" + key + "\": the edit would also change"
                    + " another key's value" + aliasHint(before) + ". The front matter was kept as it was.");
        }
        Entry now = after.effectiveEntry(key);
        if (intent instanceof Removed) {
            if (now != null) {
                throw refused(key, "the key would still be there");
            }
        } else if (intent instanceof Keep) {
            Entry was = before.effectiveEntry(key);
            if (was == null ? now != null : now == null || !Readings.of(was).equals(Readings.of(now))) {
                throw refused(key, "its value would change");
            }
        } else if (intent instanceof Text t) {
            checkText(key, t.text(), now);
        } else if (intent instanceof Items i) {
            if (now == null || !after.stringList(key).equals(i.items())) {
                throw refused(key, "the list would read " + (now == null ? "nothing" : after.stringList(key)));
            }
        } else if (intent instanceof Meaning m) {
            if (now == null || !m.reading().equals(Readings.of(now)) && !sameDate(m.reading(), now)) {
                throw refused(key, "Jekyll would read " + (now == null ? "nothing" : Readings.show(Readings.of(now)))
                        + " instead of " + Readings.show(m.reading()));
            }
        }
    }

    /** Psych and SafeYAML read {@code 2024-01-01 10:00:00 +0800} as a time for any key; SnakeYAML only for {@code date}. */
    private static boolean sameDate(Object reading, Entry now) {
        if (!(reading instanceof Readings.DateReading d) || !(now.valueNode() instanceof ScalarNode s)
                || !FrontMatterValues.isPlain(s) || !s.getValue().matches("\\d{4}-\\d{1,2}-.*")) {
            return false;
        }
        return FrontMatterDates.parse(s.getValue())
                .map(j -> new Readings.DateReading(j.dateTime(), j.hasTime(), j.offset()).equals(d)).orElse(false);
    }

    private static void checkText(String key, String text, Entry now) {
        if (now == null) {
            throw refused(key, "the key would be missing");
        }
        if (text.isEmpty() && now.field().kind() == FieldKind.EMPTY) {
            return;
        }
        boolean ok = now.valueNode() instanceof ScalarNode s
                && s.getValue().equals(text)
                && (FrontMatterValues.scalarKind(s) == FieldKind.STRING)
                && !(FrontMatterValues.isPlain(s) && ScalarWriter.mayBeTyped(text))
                && !now.field().rawText().startsWith("!");
        if (!ok) {
            throw refused(key, "Jekyll would not read it back as the text \"" + text + "\"");
        }
    }

    private static EditRefusedException refused(String key, String why) {
        return new EditRefusedException("Postdesk did not change \"" + key + "\": " + why
                + ". The front matter was kept as it was.");
    }

    private static String aliasHint(FrontMatterDocument doc) {
        return doc.text().indexOf('*') >= 0 || doc.text().indexOf('&') >= 0
                ? " (a YAML anchor &name or alias *name ties values together)" : "";
    }

    /** Every entry but {@code key}'s, in order, with its reading. */
    private static List<Object> others(FrontMatterDocument doc, String key) {
        List<Object> out = new ArrayList<>();
        for (Entry e : doc.entries()) {
            if (!e.key().equals(key)) {
                out.add(e.key());
                out.add(Readings.of(e));
            }
        }
        return out;
    }
}
