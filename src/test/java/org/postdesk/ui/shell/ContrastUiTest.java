package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postdesk.app.MemorySettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.postdesk.ui.common.ActionBar;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.ShellContext;

/**
 * Every text of the real window reaches WCAG AA (4.5:1) against what is behind it, in the
 * light and the dark theme, with the notification bars, question bars, the recovery offer, the
 * form, the list, the status bar and the find bar all shown, and a focused empty field showing
 * its placeholder.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastUiTest {

    static final double AA = 4.5;

    private final MemorySettings settings = new MemorySettings();
    private ShellContext context;
    private Workbench bench;

    @AfterEach
    void close() {
        if (bench != null) {
            TestShells.close(bench, context);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void everyTextReachesAaInBothThemes(String theme, FxRobot robot) throws IOException {
        settings.putString(Theme.SETTING, theme);
        openWindow();
        List<SceneContrast.Finding> all = new ArrayList<>();
        for (NotificationBar.Kind kind : NotificationBar.Kind.values()) {
            fxRun(() -> bench.notify(kind, "The post was renamed to 2025-05-20-spring-hike.md; the old name is gone."));
            all.addAll(measureWithFocusedFilter(robot));
        }
        assertThat(all).as("texts measured").hasSizeGreaterThan(40);
        List<String> texts = all.stream().map(SceneContrast.Finding::text).toList();
        assertThat(texts).as("the parts shown were measured")
                .anyMatch(t -> t.startsWith("The post was renamed"))
                .anyMatch(t -> t.startsWith("Postdesk kept unsaved changes"))
                .anyMatch(t -> t.contains("Restore"));
        List<SceneContrast.Finding> low = all.stream().filter(f -> f.ratio() < AA)
                .sorted(Comparator.comparingDouble(SceneContrast.Finding::ratio)).toList();
        assertThat(low).as("texts below %s:1 in the %s theme", AA, theme).isEmpty();
    }

    @Test
    void theMeasureKnowsWcagFigures() {
        assertThat(SceneContrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21, org.assertj.core.api.Assertions.within(0.01));
        assertThat(SceneContrast.ratio(Color.web("#1C242C"), Color.web("#0C2D4A"))).isLessThan(1.5);
        assertThat(SceneContrast.ratio(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, org.assertj.core.api.Assertions.within(0.01));
        assertThat(SceneContrast.blend(Color.color(0, 0, 0, 0.5), Color.WHITE).getRed()).isCloseTo(0.5,
                org.assertj.core.api.Assertions.within(0.01));
    }

    private void openWindow() throws IOException {
        Path temp = Files.createTempDirectory("postdesk-contrast");
        Path blog = SampleBlogCopy.into(temp);
        context = TestShells.context(settings, url -> { });
        bench = fx(() -> {
            Stage stage = new Stage();
            Workbench b = Shell.create(stage, context, window -> new ScriptedDialogs(), temp.resolve("cache"),
                    Clock.systemDefaultZone());
            stage.show();
            return b;
        });
        bench.openBlog(blog, WorkbenchUiTest.HIKE);
        waitUntil("the post is open", () -> bench.openPostNow() != null
                && !bench.window().frontMatter().getDocument().keys().isEmpty());
        // every kind of highlighted text at the top of the editor, where its lines are drawn
        fxRun(() -> bench.window().editor().textArea().insertText(0, "~~struck~~ `code` <b>html</b> {{ site.title }}"
                + " *em* **strong**\n> a quote\n\n---\n\n"));
        waitUntil("the editor's highlighting caught up", () -> bench.window().editor().textArea().getStyleOfChar(2)
                .contains("md-strike") && bench.window().editor().textArea().getText().contains("spring-hike-ridge")
                && bench.window().editor().textArea().getStyleOfChar(bench.window().editor().textArea().getText()
                        .indexOf("in-post/spring")).contains("md-url"));
        fxRun(() -> {
            TextArea diff = new TextArea("- old line\n+ new line");
            ActionBar.show(bench.window().bars(), "recoveryBar",
                    "Postdesk kept unsaved changes to this post from 2026-12-06 04:41, when it last closed.",
                    List.of(new ActionBar.Choice("recoveryRestore", "Restore", () -> { }),
                            new ActionBar.Choice("recoveryDiscard", "Discard", () -> { })), diff);
            ActionBar.show(bench.window().bars(), "renameBar", "The title no longer matches the file name.",
                    List.of(new ActionBar.Choice("renameNow", "Rename", () -> { })), null);
            bench.tools().find(true);
        });
    }

    private List<SceneContrast.Finding> measureWithFocusedFilter(FxRobot robot) {
        TextField filter = fx(() -> (TextField) bench.window().stage().getScene().lookup("#postList .text-field"));
        robot.clickOn(filter);
        waitUntil("the filter has the focus", filter::isFocused);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        return fx(() -> SceneContrast.measure(bench.window().stage().getScene().getRoot()));
    }
}
