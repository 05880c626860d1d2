package org.postdesk.ui.frontmatter;

import java.util.Locale;
import java.util.Set;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FieldKind;

/**
 * Chooses the control for a field from its key, its value and what the blog usually puts
 * there. A pure function, so it is tested as a table.
 */
public final class FieldTypes {

    private static final Set<String> TEXT_KEYS = Set.of("title", "subtitle", "description", "excerpt", "permalink");
    private static final Set<String> CHIP_KEYS = Set.of("tags", "tag", "categories", "category");
    private static final Set<String> IMAGE_KEYS = Set.of("header-img", "header-image", "header_image", "image",
            "cover", "cover-img", "cover_image", "thumbnail", "thumb", "bg", "bg-img", "background",
            "feature-img", "featured-image", "featured_image", "teaser", "og-image", "og_image", "banner");
    private static final Set<String> BOOLEAN_KEYS = Set.of("published", "catalog", "comments", "comment", "toc",
            "hidden", "draft", "sticky", "pinned", "featured", "mathjax", "math", "share", "multilingual");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp");

    private FieldTypes() {
    }

    /**
     * @param key       the front-matter key
     * @param kind      what the value is now (EMPTY for a key with no value or a key being added)
     * @param value     the value as the core reads it, or null
     * @param hints     the blog's conventions
     */
    public static ControlKind infer(String key, FieldKind kind, Object value, FieldHints hints) {
        if (kind == FieldKind.MAP) {
            return ControlKind.YAML;
        }
        FieldKind effective = kind == FieldKind.EMPTY ? hints.usualKind(key).orElse(FieldKind.EMPTY) : kind;
        if (effective == FieldKind.MAP) {
            return ControlKind.YAML;
        }
        boolean scalar = effective != FieldKind.LIST;
        if (scalar && key.equals("layout")) {
            return ControlKind.CHOICE;
        }
        if (scalar && key.equals("author")) {
            return ControlKind.EDITABLE_CHOICE;
        }
        if (effective == FieldKind.DATE || (key.equals("date") && effective == FieldKind.EMPTY)) {
            return ControlKind.DATE;
        }
        if (effective == FieldKind.BOOLEAN || (effective == FieldKind.EMPTY && BOOLEAN_KEYS.contains(key))) {
            return ControlKind.CHECK;
        }
        if (effective == FieldKind.LIST || CHIP_KEYS.contains(key)) {
            return ControlKind.CHIPS;
        }
        if (TEXT_KEYS.contains(key)) {
            return ControlKind.TEXT;
        }
        if (effective == FieldKind.STRING || effective == FieldKind.EMPTY) {
            if (isImageKey(key) || looksLikeImagePath(value)) {
                return ControlKind.IMAGE;
            }
        }
        return ControlKind.TEXT;
    }

    /**
     * True when a list's YAML text holds lists as items ({@code - [a, b]}, {@code - - a},
     * {@code [[a, b], c]}): Hexo's categories as several chains (docs/decisions/0038). Chips hold
     * plain items, so such a value is edited as YAML, where each chain stays a chain.
     */
    public static boolean nestedList(String rawText) {
        if (rawText == null) {
            return false;
        }
        for (String line : rawText.split("\\r?\\n|\\r")) {
            String t = line.strip();
            if (t.matches("-\\s*\\[.*") || t.matches("-\\s+-(\\s.*|$)")) {
                return true;
            }
        }
        return rawText.strip().matches("(?s)\\[\\s*\\[.*|(?s)\\[.*,\\s*\\[.*");
    }

    static boolean isImageKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return IMAGE_KEYS.contains(k) || k.endsWith("-img") || k.endsWith("_img") || k.endsWith("-image")
                || k.endsWith("_image");
    }

    static boolean looksLikeImagePath(Object value) {
        if (!(value instanceof String s) || s.isBlank() || s.contains("\n") || s.length() > 500) {
            return false;
        }
        String path = s.strip();
        int query = indexOfAny(path, '?', '#');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        int dot = path.lastIndexOf('.');
        if (dot < 0 || path.indexOf(' ') >= 0 && !path.contains("/")) {
            return false;
        }
        return IMAGE_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
