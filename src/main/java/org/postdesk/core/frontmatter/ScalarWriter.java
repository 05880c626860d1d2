package org.postdesk.core.frontmatter;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
    /** Numbers as any of the three readers might see them (lower-cased text). */
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(?:[0-9_,]*\\.?[0-9_,]*(?:e[-+]?[0-9]+)?|0x[0-9a-f_,]+|0o?[0-7_,]+|0b[01_,]+"
            + "|[0-9][0-9_,]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?|\\.inf|\\.nan)");
    /** A date or time at the start (Psych and SafeYAML match these more loosely than YAML says). */
    private static final Pattern DATE_LIKE = Pattern.compile("-?\\d{4}-\\d{1,2}-\\d{1,2}");

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
        return write(value, style, inFlow, Style.DOUBLE);
    }

    /** As {@link #write(String, Style, boolean)}; a plain value that needs quotes gets {@code quote} when it can hold the text. */
    static String write(String value, Style style, boolean inFlow, Style quote) {
        if (style == Style.PLAIN && !needsQuotes(value, inFlow)) {
            return value;
        }
        if (style == Style.PLAIN && quote == Style.SINGLE) {
            style = Style.SINGLE;
        }
        if (style == Style.SINGLE && canBeSingleQuoted(value)) {
            return "'" + value.replace("'", "''") + "'";
        }
        return doubleQuoted(value);
    }

    /**
     * True when {@code value} written plain would not read back as the same string in every YAML
     * 1.1 reader Jekyll has used: SnakeYAML, Psych's {@code safe_load} (Symbols are refused, so
     * {@code :x} breaks the build) and SafeYAML (which also reads {@code 1,000} as a number).
     */
    static boolean needsQuotes(String value, boolean inFlow) {
        if (value.isEmpty() || isSpaceLike(value.charAt(0)) || isSpaceLike(value.charAt(value.length() - 1))) {
            return true;
        }
        char first = value.charAt(0);
        if (INDICATORS.indexOf(first) >= 0 || first == ':') {
            return true;
        }
        if ("-?".indexOf(first) >= 0 && (value.length() == 1 || isBlank(value.charAt(1)))) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isPair(value, i)) {
                i++;
                continue;
            }
            if (!isPlainSafe(c)) {
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
        return mayBeTyped(value);
    }

    /**
     * True when a plain scalar with this text might be read as something other than a string by
     * SnakeYAML, Psych or SafeYAML: booleans and nulls in any case, numbers with {@code _} or
     * {@code ,}, hex/octal/binary, sexagesimal, {@code .inf}, dates and times, the merge key.
     * Errs on the side of quoting: a needless pair of quotes changes nothing Jekyll reads.
     */
    static boolean mayBeTyped(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (PSYCH_SPECIAL.contains(lower) || NUMBER_LIKE.matcher(lower).matches()
                || DATE_LIKE.matcher(value).lookingAt()) {
            return true;
        }
        return !RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR);
    }

    /** Spaces a reader might drop or an author might not see at either end of a value. */
    private static boolean isSpaceLike(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** A high surrogate at {@code i} followed by its low half: one character outside the BMP (an emoji). */
    private static boolean isPair(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }

    /** A character that may stand in a plain (or single-quoted) scalar: printable in YAML 1.1, and no line break. */
    static boolean isPlainSafe(char c) {
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != '\u2028' && c != '\u2029'
                && c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF' && !Character.isSurrogate(c);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean canBeSingleQuoted(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isPair(value, i)) {
                i++;
            } else if (!isPlainSafe(value.charAt(i))) {
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
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (!isPlainSafe(c)) {
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
