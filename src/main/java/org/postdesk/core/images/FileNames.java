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
    private static final int MAX_UNICODE = 40;
    private static final int CHINESE_HABIT_PERCENT = 25;
    private static final Pattern CHINESE = Pattern.compile("[\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{20000}-\\x{2FFFF}]");
    private static final Pattern IMAGE_EXTENSION = Pattern.compile("(?i)\\.(png|jpe?g|gif|webp|svg|bmp|avif)$");
    private static final Pattern WORD = Pattern.compile("[a-z]{2,}");
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

    /**
     * The slug of {@code text} keeping Chinese (and every other) letters: letters and digits of
     * any script, lower-case ASCII, everything else a single hyphen; at most {@value #MAX_UNICODE}
     * characters; empty when nothing is left. For blogs whose image names keep their Chinese.
     */
    static String unicodeSlug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String safe = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        if (safe.codePointCount(0, safe.length()) > MAX_UNICODE) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, MAX_UNICODE)).replaceAll("[-_]+$", "");
        }
        return RESERVED.contains(safe) ? safe + "-image" : safe;
    }

    /**
     * Whether the blog names its images in Chinese: at least {@value #CHINESE_HABIT_PERCENT}% of the
     * folder's images (and two or more) have Chinese characters in their names. In the corpus of 19
     * Chinese-language blogs, 2 do (decision record 0032).
     */
    static boolean keepsChinese(Collection<String> names) {
        int images = 0;
        int chinese = 0;
        for (String name : names) {
            if (!IMAGE_EXTENSION.matcher(name).find()) {
                continue;
            }
            images++;
            if (CHINESE.matcher(name).find()) {
                chinese++;
            }
        }
        return chinese >= 2 && chinese * 100 >= images * CHINESE_HABIT_PERCENT;
    }

    /**
     * The base name for an image of {@code post} that has no readable name of its own (pasted
     * pixels, a file whose name has no Latin letters): the title's or slug's own letters in a blog
     * that keeps Chinese names; else the ASCII slug when it has a word in it; else the post's date
     * (a Chinese title leaves only digits such as {@code 2-9}, which say nothing); else
     * {@code image}.
     */
    static String readableBase(PostHints post, boolean keepsChinese) {
        if (keepsChinese) {
            String own = unicodeSlug(post.title().isBlank() ? post.slug() : post.title());
            if (!own.isEmpty()) {
                return own;
            }
        }
        for (String text : new String[] {post.slug(), post.title()}) {
            String ascii = slug(text);
            if (hasWord(ascii)) {
                return ascii;
            }
        }
        if (!post.date().isEmpty()) {
            return post.date();
        }
        String ascii = slug(post.slug());
        return ascii.isEmpty() ? "image" : ascii;
    }

    /** Whether a slug holds a word of two or more letters ({@code my-trip}, not {@code 2-9}). */
    static boolean hasWord(String slug) {
        return WORD.matcher(slug).find();
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
