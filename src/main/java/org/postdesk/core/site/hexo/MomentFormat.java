package org.postdesk.core.site.hexo;

/**
 * moment.js format strings ({@code YYYY-MM-DD HH:mm:ss}, what Hexo's {@code date_format} and
 * {@code time_format} hold) as {@link java.time.format.DateTimeFormatter} patterns. Tokens it
 * does not know are kept as literal text. Stateless.
 */
final class MomentFormat {
    private static final String[][] TOKENS = {
        {"YYYY", "yyyy"}, {"YY", "yy"}, {"MMMM", "MMMM"}, {"MMM", "MMM"}, {"MM", "MM"}, {"M", "M"},
        {"DD", "dd"}, {"D", "d"}, {"dddd", "EEEE"}, {"ddd", "EEE"}, {"HH", "HH"}, {"H", "H"}, {"hh", "hh"},
        {"h", "h"}, {"mm", "mm"}, {"m", "m"}, {"ss", "ss"}, {"s", "s"}, {"SSS", "SSS"}, {"A", "a"}, {"a", "a"},
        {"ZZ", "xx"}, {"Z", "xxx"},
    };

    private MomentFormat() {
    }

    static String toJava(String moment) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        outer:
        while (i < moment.length()) {
            if (moment.charAt(i) == '[') {
                int end = moment.indexOf(']', i);
                if (end > i) {
                    literal.append(moment, i + 1, end);
                    i = end + 1;
                    continue;
                }
            }
            for (String[] t : TOKENS) {
                if (moment.startsWith(t[0], i)) {
                    flush(literal, out);
                    out.append(t[1]);
                    i += t[0].length();
                    continue outer;
                }
            }
            literal.append(moment.charAt(i));
            i++;
        }
        flush(literal, out);
        return out.toString();
    }

    private static void flush(StringBuilder literal, StringBuilder out) {
        if (literal.isEmpty()) {
            return;
        }
        String text = literal.toString();
        boolean letters = text.chars().anyMatch(Character::isLetter) || text.contains("'");
        out.append(letters ? "'" + text.replace("'", "''") + "'" : text);
        literal.setLength(0);
    }
}
