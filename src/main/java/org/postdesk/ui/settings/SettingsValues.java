package org.postdesk.ui.settings;

/**
 * The per-user choices the Settings dialog edits.
 *
 * @param theme            "system", "light" or "dark"
 * @param language         "system", "en" or "zh-CN" (applies on the next start)
 * @param fontFamily       the editor's font family
 * @param fontSize         the editor's font size in points
 * @param softWrap         whether long lines wrap in the editor
 * @param autosaveSeconds  how long after the last keystroke unsaved text goes to the recovery
 *                         journal, {@link #AUTOSAVE_MIN_SECONDS}..{@link #AUTOSAVE_MAX_SECONDS}
 */
public record SettingsValues(String theme, String language, String fontFamily, double fontSize, boolean softWrap,
                             int autosaveSeconds) {

    public static final int AUTOSAVE_MIN_SECONDS = 1;
    public static final int AUTOSAVE_MAX_SECONDS = 10;
    /** The promise of decision 0014: unsaved text is safe within 2 s of the last keystroke. */
    public static final int AUTOSAVE_DEFAULT_SECONDS = 1;

    public SettingsValues {
        autosaveSeconds = clampAutosave(autosaveSeconds);
    }

    /** {@code seconds} moved into the range the dialog offers. */
    public static int clampAutosave(double seconds) {
        if (Double.isNaN(seconds)) {
            return AUTOSAVE_DEFAULT_SECONDS;
        }
        return (int) Math.max(AUTOSAVE_MIN_SECONDS, Math.min(AUTOSAVE_MAX_SECONDS, Math.round(seconds)));
    }
}
