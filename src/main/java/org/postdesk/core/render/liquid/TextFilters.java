package org.postdesk.core.render.liquid;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.postdesk.core.render.TemplateSupport;
import org.postdesk.core.render.liquid.FilterTable.Filter;

/** The filters that take and give text: case, trimming, replacing, escaping, slugs, truncation. */
final class TextFilters {

    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
    private static final Pattern NOT_PRETTY_SLUG = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern NOT_ASCII_SLUG = Pattern.compile("[^a-zA-Z0-9]+");

    private TextFilters() {
    }

    static void register(Map<String, Filter> table) {
        table.put("prepend", c -> c.text(0) + c.in());
        table.put("append", c -> c.in() + c.text(0));
        table.put("default", c -> c.input() == null || Boolean.FALSE.equals(c.input()) || Values.isEmpty(c.input())
                ? c.arg(0) : c.input());
        table.put("downcase", c -> c.in().toLowerCase(Locale.ROOT));
        table.put("upcase", c -> c.in().toUpperCase(Locale.ROOT));
        table.put("capitalize", c -> capitalize(c.in()));
        table.put("strip", c -> c.in().strip());
        table.put("lstrip", c -> c.in().stripLeading());
        table.put("rstrip", c -> c.in().stripTrailing());
        table.put("strip_newlines", c -> c.in().replaceAll("\\R", ""));
        table.put("remove", c -> c.in().replace(c.text(0), ""));
        table.put("remove_first", c -> replaceFirst(c.in(), c.text(0), ""));
        table.put("replace", c -> c.in().replace(c.text(0), c.text(1)));
        table.put("replace_first", c -> replaceFirst(c.in(), c.text(0), c.text(1)));
        table.put("slugify", c -> slugify(c.in(), c.has(0) ? c.text(0) : "default"));
        Filter escape = c -> TemplateSupport.escapeHtml(c.in());
        table.put("escape", escape);
        table.put("xml_escape", escape);
        table.put("strip_html", c -> c.in().replaceAll("(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->|<.*?>", ""));
        table.put("newline_to_br", c -> c.in().replaceAll("\\R", "<br />\n"));
        table.put("truncate", c -> truncate(c.in(), c.arg(0) == null ? 50 : Values.integer(c.arg(0)),
                c.has(1) ? c.text(1) : "..."));
        table.put("number_of_words", c -> (long) (c.in().isBlank() ? 0 : c.in().strip().split("\\s+").length));
    }

    private static String capitalize(String in) {
        return in.isEmpty() ? in : in.substring(0, 1).toUpperCase(Locale.ROOT) + in.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String replaceFirst(String in, String what, String with) {
        int at = in.indexOf(what);
        return at < 0 ? in : in.substring(0, at) + with + in.substring(at + what.length());
    }

    /** Jekyll's {@code slugify}, modes default, raw, pretty, ascii, latin (without transliteration). */
    static String slugify(String in, String mode) {
        String slug = switch (mode) {
            case "none" -> in;
            case "raw" -> in.replaceAll("\\s+", "-");
            case "pretty" -> NOT_PRETTY_SLUG.matcher(in).replaceAll("-");
            case "ascii", "latin" -> NOT_ASCII_SLUG.matcher(Normalizer.normalize(in, Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")).replaceAll("-");
            default -> NOT_SLUG.matcher(in).replaceAll("-");
        };
        slug = slug.replaceAll("^-+|-+$", "");
        return mode.equals("none") ? slug : slug.toLowerCase(Locale.ROOT);
    }

    private static String truncate(String in, long length, String ellipsis) {
        if (in.length() <= length) {
            return in;
        }
        int keep = (int) Math.max(0, length - ellipsis.length());
        return in.substring(0, keep) + ellipsis;
    }
}
