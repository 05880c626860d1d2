package org.postdesk.ui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NewPostDialogUiTest extends FxRobot {
    private static final Clock NOV_27 = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> TAKEN = Set.of("_posts/2026-11-27-hello.md", "_drafts/idea.md");

    private Stage owner;
    private NewPostDialog dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            interact(() -> dialog.close());
        }
    }

    private void open(Locale locale) {
        interact(() -> {
            dialog = new NewPostDialog(new Messages(locale), org.postdesk.core.site.jekyll.JekyllNaming.withDefaults(), NOV_27, TAKEN::contains);
            dialog.initOwner(owner);
            dialog.show();
        });
    }

    @Test
    void asciiTitleGivesTodaysDatedLowerCaseName() {
        open(Locale.ENGLISH);
        assertThat(path()).isEmpty();
        assertThat(createDisabled()).isTrue();
        assertThat(lookup("#newPostProblem").query().isVisible()).isFalse(); // no scolding before typing

        clickOn("#newPostTitle").write("My First Post");
        waitUntil(() -> path().equals("_posts/2026-11-27-my-first-post.md"));
        assertThat(createDisabled()).isFalse();
        clickOn("#newPostCreate");
        assertThat(dialog.getResult()).isEqualTo(new NewPost("My First Post", LocalDate.of(2026, 11, 27),
                "my-first-post", false, "_posts/2026-11-27-my-first-post.md"));
    }

    @Test
    void chineseTitleKeepsTheCharactersOrTakesATypedSlug() {
        open(Locale.ENGLISH);
        clickOn("#newPostTitle").write("我的第一篇文章");
        waitUntil(() -> path().equals("_posts/2026-11-27-我的第一篇文章.md"));
        assertThat(lookup("#slugFromTitle").queryAs(RadioButton.class).getText()).isEqualTo("Keep the Chinese characters");
        assertThat(lookup("#slugFromTitle").queryAs(RadioButton.class).isSelected()).isTrue();

        clickOn("#newPostSlug").write("my-first-post");
        waitUntil(() -> path().equals("_posts/2026-11-27-my-first-post.md"));
        assertThat(lookup("#slugTyped").queryAs(RadioButton.class).isSelected()).isTrue();

        clickOn("#slugFromTitle"); // back to the Chinese name; the typed slug is kept for later
        waitUntil(() -> path().equals("_posts/2026-11-27-我的第一篇文章.md"));
        clickOn("#slugTyped");
        waitUntil(() -> path().equals("_posts/2026-11-27-my-first-post.md"));
        clickOn("#newPostCreate");
        assertThat(dialog.getResult().title()).isEqualTo("我的第一篇文章");
        assertThat(dialog.getResult().slug()).isEqualTo("my-first-post");
    }

    @Test
    void draftGoesToDraftsWithoutADate() {
        open(Locale.ENGLISH);
        clickOn("#newPostTitle").write("Half an Idea");
        clickOn("#newPostDraft");
        waitUntil(() -> path().equals("_drafts/half-an-idea.md"));
        assertThat(lookup("#newPostDate").query().isDisabled()).isTrue();
        clickOn("#newPostCreate");
        assertThat(dialog.getResult().draft()).isTrue();
        assertThat(dialog.getResult().path()).isEqualTo("_drafts/half-an-idea.md");
    }

    @Test
    void anExistingFileDisablesCreateWithASentence() {
        open(Locale.ENGLISH);
        clickOn("#newPostTitle").write("Hello");
        waitUntil(this::createDisabled);
        assertThat(problem()).isEqualTo("_posts/2026-11-27-hello.md already exists. Change the title, the slug or the date.");

        clickOn("#newPostDate");
        interact(() -> lookup("#newPostDate .text-field").queryTextInputControl().clear());
        write("2026-11-28").type(KeyCode.ENTER);
        waitUntil(() -> path().equals("_posts/2026-11-28-hello.md"));
        assertThat(createDisabled()).isFalse();
        assertThat(lookup("#newPostProblem").query().isVisible()).isFalse();
    }

    @Test
    void aTitleWithoutLettersOrDigitsIsRefused() {
        open(Locale.ENGLISH);
        clickOn("#newPostTitle").write("?!");
        waitUntil(() -> lookup("#newPostProblem").query().isVisible());
        assertThat(createDisabled()).isTrue();
        assertThat(problem()).startsWith("The file name needs at least one letter or digit");
    }

    @Test
    void speaksChineseInTheChineseLocale() {
        open(Locale.SIMPLIFIED_CHINESE);
        clickOn("#newPostTitle").write("idea");
        clickOn("#newPostDraft");
        waitUntil(this::createDisabled);
        assertThat(problem()).isEqualTo("_drafts/idea.md 已存在。请修改标题、slug 或日期。");
        assertThat(dialog.getTitle()).isEqualTo("新建文章");
    }

    private String path() {
        return lookup("#newPostPath").queryAs(Label.class).getText();
    }

    private String problem() {
        return lookup("#newPostProblem").queryAs(Label.class).getText();
    }

    private boolean createDisabled() {
        Node create = lookup("#newPostCreate").query();
        return create.isDisabled();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }
}
