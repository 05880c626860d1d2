package org.postdesk.ui.editor;

import java.util.Collection;
import java.util.List;

/**
 * Picks the editor font. JavaFX CSS uses only the first name of a {@code -fx-font-family} list,
 * so the fallback list lives here and the first installed family wins.
 */
public final class FontChoice {

    /** Monospaced CJK first (aligned Markdown tables), then the common Chinese UI fonts per OS. */
    public static final List<String> EDITOR_FAMILIES = List.of(
            "Noto Sans Mono CJK SC", "Sarasa Mono SC", "PingFang SC", "Microsoft YaHei",
            "Noto Sans CJK SC", "Source Han Sans SC", "Hiragino Sans GB", "WenQuanYi Micro Hei",
            "DejaVu Sans Mono", "Consolas", "Menlo");

    /** Proportional fonts with Chinese glyphs for menus, labels and forms. */
    public static final List<String> UI_FAMILIES = List.of(
            "PingFang SC", "Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
            "Hiragino Sans GB", "WenQuanYi Micro Hei");

    private FontChoice() {
    }

    public static String firstInstalled(List<String> preferred, Collection<String> installed, String fallback) {
        for (String family : preferred) {
            if (installed.contains(family)) {
                return family;
            }
        }
        return fallback;
    }
}
