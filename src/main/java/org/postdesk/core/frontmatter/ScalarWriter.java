package org.postdesk.core.frontmatter;

import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a string as a YAML scalar in a given style: plain stays plain unless the text would
 * then mean something else (then double quotes), quoted keeps its quote.
 */
final class ScalarWriter {
    /** The quoting of a scalar as written in the file. */
    enum Style { PLAIN, SINGLE, DOUBLE }

    private static final Resolver RESOLVER = new Resolver();
    private static final Set<String> PSYCH_SPECIAL = Set.of("true", "false", "yes", "no", "on",
            "off", "null", "~");
    private static final String INDICATORS = "[]{},#&*!|>'\"%@`";

    private ScalarWriter() {
    }

    static Style styleOf(ScalarNode node) {
        DumperOptions.ScalarStyle s = node.getScalarStyle();
        if (s == DumperOptions.ScalarStyle.SINGLE_QUOTED) {
            return Style.SINGLE;
        }
        if (s == DumperOptions.ScalarStyle.PLAIN) {
            return Style.PLAIN;
        }
        return Style.DOUBLE;
    }

    /** {@code value} as YAML text in {@code style}; {@code inFlow} for items of {@code [a, b]}. */
    static String write(String value, Style style, boolean inFlow) {
        if (style == Style.PLAIN && !needsQuotes(value, inFlow)) {
            return value;
        }
        if (style == Style.SINGLE && canBeSingleQuoted(value)) {
            return "'" + value.replace("'", "''") + "'";
        }
        return doubleQuoted(value);
    }

    /** True when {@code value} written plain would not read back as the same string. */
    static boolean needsQuotes(String value, boolean inFlow) {
        if (value.isEmpty() || !value.strip().equals(value)) {
            return true;
        }
        char first = value.charAt(0);
        if (INDICATORS.indexOf(first) >= 0) {
            return true;
        }
        if ("-?:".indexOf(first) >= 0 && (value.length() == 1 || isBlank(value.charAt(1)))) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\uFEFF') {
                return true;
            }
            if (c == ':' && (i + 1 == value.length() || isBlank(value.charAt(i + 1)))) {
                return true;
            }
            if (c == '#' && i > 0 && isBlank(value.charAt(i - 1))) {
                return true;
            }
            if (inFlow && ",[]{}".indexOf(c) >= 0) {
                return true;
            }
        }
        if (PSYCH_SPECIAL.contains(value.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return !RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean canBeSingleQuoted(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\uFEFF') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
