package org.postdesk.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Map;

/**
 * The window's look: AtlantaFX Primer light or dark, or the system's where it can be told.
 * JavaFX 21 cannot ask the platform for its colour scheme (that API came in JavaFX 22), so
 * "system" means dark only when the GTK_THEME variable names a dark theme; light otherwise.
 */
public enum Theme {
    SYSTEM("system"), LIGHT("light"), DARK("dark");

    public static final String SETTING = "ui.theme";

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Theme fromSetting(String code) {
        for (Theme theme : values()) {
            if (theme.code.equals(code)) {
                return theme;
            }
        }
        return SYSTEM;
    }

    /** Whether this choice means dark colours, given the process environment. */
    public boolean isDark(Map<String, String> environment) {
        return switch (this) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark");
        };
    }

    /** The AtlantaFX user-agent stylesheet for light or dark. */
    public static String stylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }
}
