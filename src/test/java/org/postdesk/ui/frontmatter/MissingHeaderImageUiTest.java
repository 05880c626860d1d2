package org.postdesk.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A header image with no file behind it says it is missing (decision record 0031), in both languages. */
@ExtendWith(ApplicationExtension.class)
class MissingHeaderImageUiTest {

    private FrontMatterPane pane;
    private Path existing;

    @Start
    void start(Stage stage) throws IOException {
        existing = Files.createTempFile("postdesk-header", ".png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", existing.toFile());
        FieldHints hints = new FieldHints(List.of("post"), List.of(), Map.of(), Map.of(), Map.of(), List.of(),
                value -> value.equals("img/ok.png") ? Optional.of(existing.toUri().toString()) : Optional.empty());
        pane = new FrontMatterPane(Locale.ENGLISH);
        pane.setDocument(FrontMatterDocument.parse("title: t\nheader-img: img/gone.png\n"), hints);
        stage.setScene(new Scene(pane, 520, 400));
        stage.show();
    }

    @Test
    void aMissingHeaderImageSaysSoAndAnExistingOneShowsItsThumbnail(FxRobot robot) throws Exception {
        Label missing = robot.lookup("#fm-header-img-missing").queryAs(Label.class);
        assertThat(missing.isVisible()).isTrue();
        assertThat(missing.getText()).isEqualTo("Missing");
        TextField field = robot.lookup("#fm-header-img").queryAs(TextField.class);
        assertThat(field.getStyleClass()).contains("fm-missing");
        Tooltip tip = field.getTooltip();
        assertThat(tip.getText()).contains("img/gone.png").contains("no file");

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("img/ok.png").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !missing.isVisible());
        assertThat(field.getStyleClass()).doesNotContain("fm-missing");
        assertThat(field.getTooltip()).isNull();

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(missing.isVisible()).as("an empty value is no missing file").isFalse();
    }

    @Test
    void theChineseWordIsThere() {
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get("image.missing")).isEqualTo("缺失");
    }
}
