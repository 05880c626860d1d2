package org.postdesk.core.blog;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs and dated file names as static-site generators make them (Jekyll's default slug; Hexo's
 * {@code :year-:month-:day-:title} names have the same shape). Chinese stays in a slug; slugs
 * are cut to stay well under file-name limits. A generator's {@code PostNames} chooses them.
 * Stateless and thread-safe.
 */
public final class Slugs {
    private static final Pattern UNICODE_RUNS = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
    private static final Pattern ASCII_RUNS = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final DateTimeFormatter NAME_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final int MAX_SLUG_BYTES = 180;

    private Slugs() {
    }

    /** Runs of anything but letters, marks and digits become one dash; lower case. Chinese stays. */
    public static String slugify(String title) {
        return cut(trimDashes(UNICODE_RUNS.matcher(title).replaceAll("-")).toLowerCase(Locale.ROOT));
    }

    /** An ASCII-only slug: accents dropped, other characters become dashes. Empty for a title with no Latin letters or digits. */
    public static String slugifyAscii(String title) {
        String plain = ACCENTS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        return cut(trimDashes(ASCII_RUNS.matcher(plain).replaceAll("-")).toLowerCase(Locale.ROOT));
    }

    /** {@code YYYY-MM-DD-SLUG.ext}; an empty slug becomes {@code post}. */
    public static String datedName(LocalDate date, String slug, String extension) {
        String s = slug == null || slug.isBlank() ? "post" : slug;
        return NAME_DATE.format(date) + "-" + s + "." + extension;
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '-') {
            b--;
        }
        return s.substring(a, b);
    }

    /** Keeps file names well under the 255-byte limit of common file systems, cutting at a dash when possible. */
    private static String cut(String slug) {
        if (slug.getBytes(StandardCharsets.UTF_8).length <= MAX_SLUG_BYTES) {
            return slug;
        }
        int end = 0;
        int bytes = 0;
        while (end < slug.length()) {
            int cp = slug.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_SLUG_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        String head = slug.substring(0, end);
        int dash = head.lastIndexOf('-');
        return trimDashes(dash > head.length() / 2 ? head.substring(0, dash) : head);
    }
}
