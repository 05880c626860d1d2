package org.postdesk.core.render.liquid;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Pattern;
import org.postdesk.core.render.TemplatePass;
import org.postdesk.core.render.TemplateSupport;
import org.postdesk.core.render.kramdown.KramdownFlavour;
import org.postdesk.core.render.liquid.FilterTable.Filter;

/** Jekyll's own filters that need the site: URLs, dates in the site's zone, Markdown. */
final class SiteFilters {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private SiteFilters() {
    }

    static void register(Map<String, Filter> table) {
        table.put("relative_url", c -> relativeUrl(c.in(), c.context()));
        table.put("absolute_url", c -> absoluteUrl(c.in(), c.context()));
        // Jekyll's markdownify runs the site's converter: kramdown, like the post (decision record 0029, step 3)
        table.put("markdownify", c -> TemplateSupport.markdownify(c.in(), KramdownFlavour.INSTANCE));
        table.put("date", SiteFilters::date);
        for (String name : new String[] {"date_to_xmlschema", "date_to_rfc822", "date_to_string",
            "date_to_long_string"}) {
            table.put(name, SiteFilters::jekyllDate);
        }
    }

    private static Object date(FilterTable.Call c) {
        if (c.in().isEmpty() || c.arg(0) == null || c.text(0).isEmpty()) {
            return c.input();
        }
        ZonedDateTime t = LiquidDates.toDate(c.input(), LiquidDates.zone(c.context()));
        return t == null ? c.input() : LiquidDates.strftime(t, c.text(0));
    }

    private static Object jekyllDate(FilterTable.Call c) throws LiquidException {
        String in = c.in();
        if (in.isEmpty()) {
            return c.input();
        }
        ZoneId zone = LiquidDates.zone(c.context());
        ZonedDateTime t = LiquidDates.toDate(c.input(), zone);
        if (t == null) {
            throw new LiquidException("'" + in + "' is not a date " + c.name() + " can read");
        }
        t = t.withZoneSameInstant(zone); // Jekyll shows these in the site's zone
        return switch (c.name()) {
            case "date_to_xmlschema" -> LiquidDates.xmlSchema(t);
            case "date_to_rfc822" -> LiquidDates.rfc822(t);
            default -> LiquidDates.toString(t, c.name().equals("date_to_long_string"),
                    c.arg(0) == null ? null : c.text(0), c.has(1) ? c.text(1) : null);
        };
    }

    static String relativeUrl(String input, TemplatePass.Context context) {
        if (hasScheme(input)) {
            return input;
        }
        String base = trimSlashes(Values.asText(context.site().get("baseurl")));
        String path = input.startsWith("/") ? input.substring(1) : input;
        return (base.isEmpty() ? "" : "/" + base) + "/" + path;
    }

    static String absoluteUrl(String input, TemplatePass.Context context) {
        if (hasScheme(input)) {
            return input;
        }
        String site = Values.asText(context.site().get("url"));
        while (site.endsWith("/")) {
            site = site.substring(0, site.length() - 1);
        }
        return site + relativeUrl(input, context);
    }

    private static boolean hasScheme(String s) {
        return SCHEME.matcher(s).lookingAt();
    }

    private static String trimSlashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '/') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '/') {
            b--;
        }
        return s.substring(a, b);
    }
}
