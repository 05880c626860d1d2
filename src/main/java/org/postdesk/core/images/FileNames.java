package org.postdesk.core.images;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names for imported images: lower-case ASCII letters, digits, hyphens and underscores,
 * so every server, git client and file system treats them alike. Accents are dropped
 * ({@code café} becomes {@code cafe}), full-width letters become ASCII, other characters
 * (Chinese included) become separators; a name with nothing left falls back to the post's
 * numbered name. The extension is the format's, lower-case.
 */
final class FileNames {
    private static final int MAX_BASE = 60;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final Pattern NUMBERED = Pattern.compile("(.+)-(\\d{1,9})");

    private FileNames() {
    }

    /** Why a suggested name cannot be used (it would leave the image folder), if it cannot. */
    static Optional<String> unsafe(String suggested) {
        if (suggested.indexOf('/') >= 0 || suggested.indexOf('\\') >= 0) {
            return Optional.of("the name " + ImageSniffer.quote(suggested)
                    + " contains a path separator, so the file would land outside the image folder");
        }
        if (suggested.equals("..") || suggested.equals(".") || suggested.matches("^[A-Za-z]:.*")) {
            return Optional.of("the name " + ImageSniffer.quote(suggested) + " points outside the image folder");
        }
        if (suggested.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return Optional.of("the name " + ImageSniffer.quote(suggested.replaceAll("\\p{Cntrl}", "?"))
                    + " contains control characters");
        }
        return Optional.empty();
    }

    /** The part before the last dot (the whole name when there is none or it starts with the dot). */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }

    /** The URL-safe form of {@code text}; empty when nothing safe is left. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String safe = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        if (safe.length() > MAX_BASE) {
            int cut = safe.lastIndexOf('-', MAX_BASE);
            safe = safe.substring(0, cut > MAX_BASE / 2 ? cut : MAX_BASE).replaceAll("[-_]+$", "");
        }
        return RESERVED.contains(safe) ? safe + "-image" : safe;
    }

    /** The extension to write: the source's own when it names the format (lower-cased), else the format's. */
    static String extensionFor(String sourceName, ImageFormat format) {
        String own = extension(sourceName);
        return format.accepts(own) ? own.toLowerCase(Locale.ROOT) : format.defaultExtension();
    }

    /** {@code base.ext}, or {@code base-2.ext}, {@code base-3.ext}... whichever is free (case-insensitively). */
    static String free(String base, String ext, Collection<String> taken) {
        Set<String> lower = lowerCase(taken);
        String name = base + "." + ext;
        for (int n = 2; lower.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + "." + ext;
        }
        return name;
    }

    /** {@code base-N.ext} with N one more than the highest number already used for {@code base}. */
    static String nextNumbered(String base, String ext, Collection<String> taken) {
        int highest = 0;
        for (String name : taken) {
            Matcher m = NUMBERED.matcher(stem(name).toLowerCase(Locale.ROOT));
            if (m.matches() && m.group(1).equals(base)) {
                highest = Math.max(highest, Integer.parseInt(m.group(2)));
            }
        }
        return free(base + "-" + (highest + 1), ext, taken);
    }

    private static Set<String> lowerCase(Collection<String> names) {
        Set<String> lower = new TreeSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
