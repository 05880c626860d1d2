package org.postdesk.core.site.hugo;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hugo archetype, the template of a new page (docs/decisions/0040). Only the simple forms
 * archetypes use are evaluated: the fields {@code .Name}, {@code .File.ContentBaseName},
 * {@code .TranslationBaseName}, {@code .File.BaseFileName}, {@code .Date}, {@code .Section},
 * {@code .Type}, {@code .Title}, {@code .Site.Title}, string literals, {@code now.Format "…"},
 * {@code now.Year}, and the functions {@code replace}, {@code title}, {@code humanize},
 * {@code upper}, {@code lower}, called or piped. Nothing else runs: any other action
 * ({@code readFile}, {@code os.Getenv}, {@code if}, ...) stays in the text as written, and
 * shortcodes ({@code {{< >}}}, {@code {{% %}}}) are the page's and stay too.
 */
final class HugoArchetype {
    /** Hugo's own archetype when the site has none: TOML, as {@code hugo new} writes. */
    static final String HUGO_DEFAULT = "+++\ntitle = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\n"
            + "date = {{ .Date }}\ndraft = true\n+++\n";

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|[^\\s\"`]+)");

    /** What the fields of the new page hold. */
    record Page(String name, String fileName, String section, String title, String siteTitle, ZonedDateTime date) {
    }

    private HugoArchetype() {
    }

    /** The archetype's text with the simple actions replaced by their values and everything else kept. */
    static String evaluate(String template, Page page) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            char next = open + 2 < template.length() ? template.charAt(open + 2) : ' ';
            if (next == '<' || next == '%') {
                int end = template.indexOf((next == '<' ? ">" : "%") + "}}", open + 3);
                int stop = end < 0 ? template.length() : end + 3;
                out.append(template, open, stop);
                i = stop;
                continue;
            }
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                out.append(template, open, template.length());
                break;
            }
            String action = template.substring(open + 2, close);
            boolean trimLeft = action.startsWith("- ") || action.equals("-");
            boolean trimRight = action.endsWith(" -");
            String inner = action.substring(trimLeft ? 1 : 0, action.length() - (trimRight ? 1 : 0)).strip();
            String value = run(inner, page);
            if (value == null) {
                out.append(template, open, close + 2);
                i = close + 2;
                continue;
            }
            if (trimLeft) {
                while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.setLength(out.length() - 1);
                }
            }
            out.append(value);
            i = close + 2;
            if (trimRight) {
                while (i < template.length() && Character.isWhitespace(template.charAt(i))) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** The value of a pipeline, or null when any part of it is not one of the simple forms. */
    private static String run(String pipeline, Page page) {
        List<List<String>> stages = new ArrayList<>();
        List<String> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(pipeline);
        int at = 0;
        while (at < pipeline.length() && m.find(at) && m.start() == at) {
            String t = m.group(1);
            if (t.equals("|")) {
                stages.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
            at = m.end();
        }
        if (!pipeline.substring(at).isBlank()) {
            return null;
        }
        stages.add(current);
        String value = null;
        for (int s = 0; s < stages.size(); s++) {
            List<String> stage = stages.get(s);
            if (stage.isEmpty()) {
                return null;
            }
            List<String> args = new ArrayList<>();
            for (String a : stage.subList(1, stage.size())) {
                String v = operand(a, page);
                if (v == null) {
                    return null;
                }
                args.add(v);
            }
            if (s > 0) {
                args.add(value);
            }
            String head = stage.get(0);
            if (s == 0 && stage.size() == 1) {
                value = operand(head, page);
            } else if (head.equals("now.Format") && args.size() == 1) {
                value = goTime(args.get(0), page.date());
            } else {
                value = call(head, args);
            }
            if (value == null) {
                return null;
            }
        }
        return value;
    }

    private static String operand(String token, Page page) {
        if (token.startsWith("\"") && token.endsWith("\"") && token.length() >= 2) {
            return unquote(token.substring(1, token.length() - 1));
        }
        if (token.startsWith("`") && token.endsWith("`") && token.length() >= 2) {
            return token.substring(1, token.length() - 1);
        }
        String base = stem(page.fileName());
        return switch (token) {
            case ".Name", ".File.ContentBaseName", ".TranslationBaseName", ".File.TranslationBaseName" -> page.name();
            case ".File.BaseFileName" -> base;
            case ".Date" -> page.date().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case ".Section", ".Type" -> page.section();
            case ".Title" -> page.title();
            case ".Site.Title" -> page.siteTitle();
            case ".Kind" -> "page";
            case "now.Year" -> Integer.toString(page.date().getYear());
            default -> null;
        };
    }

    private static String call(String function, List<String> args) {
        return switch (function) {
            case "replace" -> args.size() == 3 ? args.get(0).replace(args.get(1), args.get(2)) : null;
            case "title" -> args.size() == 1 ? titleCase(args.get(0)) : null;
            case "humanize" -> args.size() == 1 ? humanize(args.get(0)) : null;
            case "upper" -> args.size() == 1 ? args.get(0).toUpperCase(Locale.ROOT) : null;
            case "lower" -> args.size() == 1 ? args.get(0).toLowerCase(Locale.ROOT) : null;
            default -> null;
        };
    }

    private static String unquote(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = Character.isWhitespace(c);
        }
        return out.toString();
    }

    private static String humanize(String s) {
        String spaced = s.replace('-', ' ').replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Go's reference-time layout ({@code 2006-01-02 15:04}) applied to {@code t}. */
    static String goTime(String layout, ZonedDateTime t) {
        String[][] tokens = {
            {"January", "MMMM"}, {"Monday", "EEEE"}, {"Z07:00", "XXX"}, {"-07:00", "xxx"}, {"-0700", "xx"},
            {"2006", "yyyy"}, {"Jan", "MMM"}, {"Mon", "EEE"}, {"MST", "zzz"}, {"01", "MM"}, {"02", "dd"},
            {"15", "HH"}, {"03", "hh"}, {"04", "mm"}, {"05", "ss"}, {"06", "yy"}, {"PM", "a"}, {"pm", "a"},
            {"_2", "ppd"}, {"1", "M"}, {"2", "d"}, {"3", "h"}, {"4", "m"}, {"5", "s"}};
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < layout.length()) {
            for (String[] tok : tokens) {
                if (layout.startsWith(tok[0], i)) {
                    String v = t.format(DateTimeFormatter.ofPattern(tok[1], Locale.ENGLISH));
                    out.append(tok[0].equals("pm") ? v.toLowerCase(Locale.ROOT) : v);
                    i += tok[0].length();
                    continue outer;
                }
            }
            out.append(layout.charAt(i++));
        }
        return out.toString();
    }

    /** A TOML basic string holding {@code s}. */
    static String tomlString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
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
