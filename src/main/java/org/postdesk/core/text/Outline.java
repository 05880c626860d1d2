package org.postdesk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a Markdown body: ATX ({@code ## Title}) and setext (a line underlined with
 * {@code ===} or {@code ---}), outside fenced code blocks. Lines are counted from 0.
 */
public final class Outline {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{[:#][^}]*\\}\\s*$");

    private Outline() {
    }

    public static List<Heading> of(String body) {
        List<Heading> headings = new ArrayList<>();
        String[] lines = body.split("\\R", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.find()) {
                fence = f.group(1);
                continue;
            }
            if (fence != null) {
                char mark = fence.charAt(0);
                if (line.strip().startsWith(fence) && line.strip().chars().allMatch(c -> c == mark)) {
                    fence = null;
                }
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                headings.add(new Heading(atx.group(1).length(), clean(atx.group(2)), i));
                continue;
            }
            Matcher setext = SETEXT.matcher(line);
            if (setext.matches() && i > 0 && isParagraphLine(lines[i - 1]) && !headingAt(headings, i - 1)) {
                headings.add(new Heading(setext.group(1).charAt(0) == '=' ? 1 : 2, clean(lines[i - 1]), i - 1));
            }
        }
        return headings;
    }

    private static boolean headingAt(List<Heading> headings, int line) {
        return !headings.isEmpty() && headings.get(headings.size() - 1).line() == line;
    }

    private static boolean isParagraphLine(String line) {
        String s = line.strip();
        return !s.isEmpty() && !line.startsWith("    ") && !s.startsWith(">") && !s.startsWith("- ")
                && !s.startsWith("* ") && !s.startsWith("#") && !SETEXT.matcher(line).matches();
    }

    private static String clean(String text) {
        return text == null ? "" : ATTRIBUTES.matcher(text.strip()).replaceAll("");
    }

    /** A heading: level 1-6, its text, its line in the body (from 0). */
    public record Heading(int level, String text, int line) {
    }
}
