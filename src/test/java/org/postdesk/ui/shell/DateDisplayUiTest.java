package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.postdesk.ui.common.FxFileQuestions;
import org.postdesk.ui.common.ShellContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The publish dialog shows its date as the rest of the window does ({@code 2026-12-06}), even
 * where the system's own format is {@code 12/6/2026} (decision: one formatter, core.text.DisplayDates).
 */
@ExtendWith(ApplicationExtension.class)
class DateDisplayUiTest {
    private Stage stage;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @BeforeEach
    void usLocale() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
        fxRun(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }

    @Test
    void thePublishDialogShowsTheIsoDateAndReadsATypedOne() {
        ShellContext context = TestShells.context();
        FxFileQuestions questions = new FxFileQuestions(stage, context);
        AtomicReference<Optional<LocalDate>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(questions.askPublishDate("春日", LocalDate.of(2026, 12, 6))));
        waitUntil("the publish dialog opens", () -> fx(() -> picker().isPresent()));

        DatePicker picker = fx(() -> picker().orElseThrow());
        assertThat(fx(() -> picker.getEditor().getText())).isEqualTo("2026-12-06");
        fxRun(() -> picker.setValue(LocalDate.of(2027, 1, 2)));
        assertThat(fx(() -> picker.getEditor().getText())).isEqualTo("2027-01-02");
        fxRun(() -> picker.getEditor().setText("2027-03-04"));
        fxRun(picker::commitValue);
        assertThat(fx(picker::getValue)).isEqualTo(LocalDate.of(2027, 3, 4));
        context.close();
    }

    private Optional<DatePicker> picker() {
        return Window.getWindows().stream().filter(w -> w != stage && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup("#publishDate")).filter(n -> n instanceof DatePicker)
                .map(n -> (DatePicker) n).findFirst();
    }
}
