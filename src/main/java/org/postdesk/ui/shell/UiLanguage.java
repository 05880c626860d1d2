package org.postdesk.ui.shell;

import java.util.Locale;
import org.postdesk.app.Settings;

/**
 * The language of the window: the system's (Chinese for any Chinese locale, English otherwise),
 * or one chosen in Settings. Read once at start; a change applies on the next start.
 */
public enum UiLanguage {
    SYSTEM("system"), ENGLISH("en"), CHINESE("zh-CN");

    /** The settings key holding {@link #code()}. */
    public static final String SETTING = "ui.language";

    private final String code;

    UiLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static UiLanguage fromSetting(String code) {
        for (UiLanguage language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        return SYSTEM;
    }

    /** The locale for the bundles: {@code zh_CN} or English (the base bundles). */
    public Locale locale(Locale system) {
        return switch (this) {
            case ENGLISH -> Locale.ENGLISH;
            case CHINESE -> Locale.SIMPLIFIED_CHINESE;
            case SYSTEM -> "zh".equals(system.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        };
    }
}
