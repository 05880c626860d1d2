package org.postdesk.ui.frontmatter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.postdesk.core.frontmatter.FrontMatterDate;
import org.postdesk.ui.common.DatePickers;

/**
 * A date picker ({@code #fm-KEY}) and a time field ({@code #fm-KEY-time}). The date commits when
 * picked; the time on Enter or when the field loses focus. Written back through
 * {@code withDate}, which keeps the value's own format.
 */
final class DateField {
    private static final Pattern SECONDS = Pattern.compile("\\d:\\d\\d:\\d\\d");
    private static final DateTimeFormatter TIME_PARSER = DateTimeFormatter.ofPattern("H:mm[:ss]");

    private final String key;
    private final EditSink sink;
    private final Messages messages;
    private final DatePicker picker = new DatePicker();
    private final TextField time = new TextField();
    private final HBox box;
    private FrontMatterDate current;

    DateField(String key, FrontMatterDate initial, Messages messages, EditSink sink) {
        this.key = key;
        this.sink = sink;
        this.messages = messages;
        this.current = initial;
        picker.setId("fm-" + key);
        DatePickers.iso(picker);
        picker.setPrefWidth(140);
        time.setId("fm-" + key + "-time");
        time.setPrefColumnCount(6);
        time.setPromptText(messages.get("date.time.prompt"));
        if (initial != null) {
            picker.setValue(initial.dateTime().toLocalDate());
            time.setText(initial.hasTime() ? formatTime(initial) : "");
        }
        picker.valueProperty().addListener((obs, old, now) -> commit());
        time.setOnAction(e -> commit());
        time.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        box = new HBox(6, picker, time);
        box.getStyleClass().add("fm-date");
    }

    Node node() {
        return box;
    }

    private static String formatTime(FrontMatterDate date) {
        LocalTime t = date.dateTime().toLocalTime();
        boolean seconds = t.getSecond() != 0 || (date.text() != null && SECONDS.matcher(date.text()).find());
        return t.format(DateTimeFormatter.ofPattern(seconds ? "HH:mm:ss" : "HH:mm"));
    }

    private void commit() {
        LocalDate day = picker.getValue();
        if (day == null) {
            return;
        }
        String typed = time.getText().strip();
        LocalTime clock = LocalTime.MIDNIGHT;
        if (!typed.isEmpty()) {
            try {
                clock = LocalTime.parse(typed, TIME_PARSER);
            } catch (DateTimeParseException e) {
                time.getStyleClass().add("fm-invalid");
                time.setTooltip(new Tooltip(messages.get("date.time.invalid")));
                return;
            }
        }
        time.getStyleClass().removeAll("fm-invalid");
        time.setTooltip(null);
        LocalDateTime when = day.atTime(clock);
        boolean hasTime = !typed.isEmpty();
        if (current != null && current.dateTime().equals(when) && current.hasTime() == hasTime) {
            return;
        }
        FrontMatterDate next = new FrontMatterDate(when, hasTime, current == null ? null : current.offset(),
                current == null ? null : current.text());
        if (sink.apply(doc -> doc.withDate(key, next))) {
            current = next;
        }
    }
}
