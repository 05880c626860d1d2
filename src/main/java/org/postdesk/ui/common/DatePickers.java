package org.postdesk.ui.common;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.postdesk.core.text.DisplayDates;

/** Every date picker of the window shows and reads dates as {@link DisplayDates} does ({@code 2026-12-06}). */
public final class DatePickers {
    private DatePickers() {
    }

    /** Sets {@code picker}'s converter and prompt; returns it. */
    public static DatePicker iso(DatePicker picker) {
        picker.setConverter(CONVERTER);
        picker.setPromptText("yyyy-mm-dd");
        return picker;
    }

    private static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate d) {
            return d == null ? "" : DisplayDates.date(d);
        }

        @Override
        public LocalDate fromString(String s) {
            return s == null || s.isBlank() ? null : DisplayDates.parseDate(s).orElse(null);
        }
    };
}
