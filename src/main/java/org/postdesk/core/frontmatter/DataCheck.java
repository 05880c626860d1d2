package org.postdesk.core.frontmatter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The check every TOML or JSON edit passes before it is handed out, as {@link EditCheck} does for
 * YAML: the edited text is read again, every other key must mean exactly what it meant, and the
 * edited key must read as the author asked. Anything else refuses the edit with a sentence.
 */
final class DataCheck {

    /** What the edited key must read as. */
    sealed interface Expect permits Text, Bool, Items, Date, Value, Removed {
    }

    record Text(String text) implements Expect {
    }

    record Bool(boolean value) implements Expect {
    }

    record Items(List<String> items) implements Expect {
    }

    record Date(FrontMatterDate date) implements Expect {
    }

    /** A value given in the language's own syntax: its meaning, as plain Java. */
    record Value(Object meaning) implements Expect {
    }

    record Removed() implements Expect {
    }

    private DataCheck() {
    }

    static void verify(FrontMatterDocument before, FrontMatterDocument after, String key, Expect expect) {
        if (after == before) {
            return;
        }
        String language = before.languageName();
        if (!after.isValid()) {
            YamlProblem p = after.problem().orElseThrow();
            throw refused(key, "written that way the " + language + " would no longer parse (" + p.message() + ")");
        }
        if (!others(before.block(), key).equals(others(after.block(), key))) {
            throw refused(key, "the edit would also change another key's value");
        }
        Optional<DataBlock.Item> now = after.block().entry(key);
        if (expect instanceof Removed) {
            if (now.isPresent()) {
                throw refused(key, "the key would still be there");
            }
            return;
        }
        if (now.isEmpty()) {
            throw refused(key, "the key would be missing");
        }
        Object m = now.get().meaning();
        boolean ok;
        if (expect instanceof Text t) {
            ok = t.text().equals(m);
        } else if (expect instanceof Bool b) {
            ok = Boolean.valueOf(b.value()).equals(m);
        } else if (expect instanceof Items i) {
            ok = i.items().equals(m);
        } else if (expect instanceof Date d) {
            ok = sameDate(d.date(), now.get().field());
        } else {
            ok = Objects.equals(((Value) expect).meaning(), m);
        }
        if (!ok) {
            throw refused(key, language + " would read " + show(m) + " instead");
        }
    }

    private static boolean sameDate(FrontMatterDate want, FieldValue got) {
        if (got.kind() != FieldKind.DATE) {
            return false;
        }
        FrontMatterDate d = (FrontMatterDate) got.value();
        boolean sameTime = want.hasTime() ? d.dateTime().equals(want.dateTime())
                : d.dateTime().toLocalDate().equals(want.dateTime().toLocalDate());
        return sameTime && (want.offset() == null || d.offset() == null || want.offset().equals(d.offset()));
    }

    private static Map<String, Object> others(DataBlock block, String key) {
        Map<String, Object> out = new LinkedHashMap<>(block.meanings());
        out.remove(key);
        return out;
    }

    private static String show(Object meaning) {
        if (meaning == null) {
            return "nothing (null)";
        }
        return meaning instanceof String s ? "the text \"" + s + "\"" : String.valueOf(meaning);
    }

    static EditRefusedException refused(String key, String why) {
        return new EditRefusedException("Postdesk did not change \"" + key + "\": " + why
                + ". The front matter was kept as it was.");
    }
}
