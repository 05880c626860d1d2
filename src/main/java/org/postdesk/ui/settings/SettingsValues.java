package org.postdesk.ui.settings;

/**
 * The per-user choices the Settings dialog edits.
 *
 * @param theme      "system", "light" or "dark"
 * @param language   "system", "en" or "zh-CN" (applies on the next start)
 * @param fontFamily the editor's font family
 * @param fontSize   the editor's font size in points
 * @param softWrap   whether long lines wrap in the editor
 */
public record SettingsValues(String theme, String language, String fontFamily, double fontSize, boolean softWrap) {
}
