package org.postdesk.core.frontmatter;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** Turns SnakeYAML's errors into a place and a sentence an author can act on. */
final class ProblemMessages {
    private ProblemMessages() {
    }

    static YamlProblem of(YAMLException e, String text) {
        if (e instanceof MarkedYAMLException m) {
            return marked(m);
        }
        if (e instanceof ReaderException r) {
            int[] lc = lineColumn(text, r.getPosition());
            return new YamlProblem(lc[0], lc[1], String.format(
                    "The front matter contains a character YAML does not allow (U+%04X).",
                    r.getCodePoint()));
        }
        return new YamlProblem(1, 1, "The front matter could not be read: " + e.getMessage());
    }

    private static YamlProblem marked(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark opened = e.getContextMark();
        if (context.contains("quoted scalar") && opened != null) {
            return at(opened, "A quoted value is never closed: the quote at line "
                    + (opened.getLine() + 1) + ", column " + (opened.getColumn() + 1)
                    + " has no matching closing quote.");
        }
        String sentence;
        if (problem.contains("mapping values are not allowed")) {
            sentence = "A \"key: value\" appears where YAML does not allow one; check the indentation"
                    + " of this line and the line above, or quote a value that contains \": \".";
        } else if (problem.startsWith("expected <block end>") || context.contains("block mapping")
                || context.contains("block collection")) {
            sentence = "The indentation is inconsistent here: this line does not line up with the"
                    + " keys above it.";
        } else if (problem.contains("cannot start any token")) {
            sentence = "A character here cannot start a YAML value (" + clean(problem)
                    + "); quote the value.";
        } else if (problem.contains("found duplicate anchor") || problem.contains("undefined alias")
                || problem.contains("found undefined")) {
            sentence = "The front matter refers to an anchor (*name) that is not defined.";
        } else {
            sentence = "The front matter is not valid YAML: " + clean(problem)
                    + (context.isEmpty() ? "" : " (" + context + ")") + ".";
        }
        return at(at, sentence);
    }

    private static String clean(String problem) {
        return problem.replace("\t", "\\t").replaceAll("\\s+", " ").strip();
    }

    private static YamlProblem at(Mark mark, String sentence) {
        if (mark == null) {
            return new YamlProblem(1, 1, sentence);
        }
        return new YamlProblem(mark.getLine() + 1, mark.getColumn() + 1, sentence);
    }

    private static int[] lineColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int cp = 0;
        for (int i = 0; i < text.length() && cp < codePointIndex; i = text.offsetByCodePoints(i, 1), cp++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
