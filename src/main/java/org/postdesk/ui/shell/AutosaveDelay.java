package org.postdesk.ui.shell;

import java.time.Duration;
import org.postdesk.app.Settings;
import org.postdesk.ui.settings.SettingsValues;

/**
 * The author's autosave delay: how soon after the last keystroke unsaved text goes to the
 * recovery journal. Stored per user in {@link Settings} as whole seconds; read when the window
 * is built and changed live from the Settings dialog.
 */
final class AutosaveDelay {

    static final String SETTING = "journal.autosaveSeconds";

    private AutosaveDelay() {
    }

    /** The stored delay in seconds, within the range the dialog offers (1 s when none is stored). */
    static int seconds(Settings settings) {
        return SettingsValues.clampAutosave(settings.getDouble(SETTING, SettingsValues.AUTOSAVE_DEFAULT_SECONDS));
    }

    static Duration of(Settings settings) {
        return Duration.ofSeconds(seconds(settings));
    }

    static void store(Settings settings, int seconds) {
        settings.putDouble(SETTING, SettingsValues.clampAutosave(seconds));
    }
}
