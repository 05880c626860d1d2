package org.postdesk.ui.postlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.postlist.SampleRows.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PostListPaneUiTest extends FxRobot {
    private PostListPane pane;

    @Start
    void start(Stage stage) {
        pane = new PostListPane(new Messages(Locale.ENGLISH));
        pane.setRows(SampleRows.rows());
        stage.setScene(new Scene(pane, 380, 720));
        stage.show();
    }

    @Test
    void showsPostsNewestFirstWithDraftsOnTop() {
        assertThat(shownTitles()).containsExactly("静态博客里的图片怎么放", "A Year in Review", "Learning JavaFX",
                "西湖的春天", "2022-01-15-broken.md", "Notes on Vim");
        assertThat(text("#postCount")).isEqualTo("6 posts");
    }

    @Test
    void filterBoxNarrowsByTitleTagAndFileNameInChineseToo() {
        clickOn("#postFilter").write("javafx");
        waitUntil(() -> shownTitles().equals(List.of("Learning JavaFX")));
        assertThat(text("#postCount")).isEqualTo("1 of 6 posts");

        replaceFilter("WRITING"); // a tag, typed in capitals
        waitUntil(() -> shownTitles().equals(List.of("A Year in Review", "Learning JavaFX")));

        replaceFilter("西湖"); // a Chinese title
        waitUntil(() -> shownTitles().equals(List.of("西湖的春天")));

        replaceFilter("写作"); // a Chinese tag
        waitUntil(() -> shownTitles().equals(List.of("静态博客里的图片怎么放")));

        replaceFilter("杭州游记"); // only in the file name... and a tag prefix
        waitUntil(() -> shownTitles().equals(List.of("西湖的春天")));

        replaceFilter("broken"); // a post without a title is found by its file name
        waitUntil(() -> shownTitles().equals(List.of("2022-01-15-broken.md")));

        replaceFilter("nothing like this");
        waitUntil(() -> shownTitles().isEmpty());
        assertThat(lookup(".post-list-empty").queryAs(Label.class).getText()).isEqualTo("No post matches the filter.");
    }

    @Test
    void tagFilterListsTagsWithCountsAndNarrows() {
        clickOn("#tagFilter");
        clickOn("writing (2)");
        waitUntil(() -> shownTitles().equals(List.of("A Year in Review", "Learning JavaFX")));
        clickOn("#postFilter").write("java");
        waitUntil(() -> shownTitles().equals(List.of("Learning JavaFX")));
        clickOn("#tagFilter");
        clickOn("All tags (6)");
        waitUntil(() -> shownTitles().equals(List.of("Learning JavaFX")));
    }

    @Test
    void flaggedRowsShowAWarningAndTheReason() {
        PostCell broken = cellOf(BROKEN).orElseThrow();
        assertThat(broken.lookup(".post-warning").isVisible()).isTrue();
        Label reason = (Label) broken.lookup(".post-reason");
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isEqualTo(BROKEN_REASON);
        assertThat(broken.getTooltip().getText()).contains(BROKEN_REASON);
        assertThat(cellOf(IGNORED).orElseThrow().getTooltip().getText()).contains(IGNORED_REASON);

        PostCell healthy = cellOf(JAVAFX).orElseThrow();
        assertThat(healthy.lookup(".post-warning").isVisible()).isFalse();
        assertThat(healthy.lookup(".post-reason").isVisible()).isFalse();
    }

    @Test
    void draftsCarryTheDraftBadgeAndRowsShowDateAndTags() {
        PostCell draft = cellOf(DRAFT).orElseThrow();
        Label badge = (Label) draft.lookup(".post-draft");
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("Draft");
        assertThat(cellOf(JAVAFX).orElseThrow().lookup(".post-draft").isVisible()).isFalse();
        assertThat(((Label) cellOf(JAVAFX).orElseThrow().lookup(".post-date")).getText()
                + ((Label) cellOf(JAVAFX).orElseThrow().lookup(".post-tags")).getText())
                .isEqualTo("2024-03-01  ·  java, writing");
    }

    @Test
    void clickingARowPublishesItsPath() {
        clickOn("Learning JavaFX");
        waitUntil(() -> JAVAFX.equals(pane.selectedPathProperty().get()));
        assertThat(pane.selectedRow()).map(PostRow::title).contains("Learning JavaFX");
    }

    @Test
    void whenTheShellSaysNoTheSelectionStays() {
        AtomicInteger asked = new AtomicInteger();
        interact(() -> {
            pane.select(YEAR);
            pane.setCanLeave(() -> {
                asked.incrementAndGet();
                return false;
            });
        });
        clickOn("Learning JavaFX");
        assertThat(asked.get()).isEqualTo(1);
        assertThat(pane.selectedPathProperty().get()).isEqualTo(YEAR);
        assertThat(selectedInList()).isEqualTo(YEAR);

        type(KeyCode.DOWN);
        assertThat(asked.get()).isEqualTo(2);
        assertThat(selectedInList()).isEqualTo(YEAR);

        clickOn("A Year in Review"); // the open post itself: nothing to ask
        assertThat(asked.get()).isEqualTo(2);

        interact(() -> pane.setCanLeave(() -> {
            asked.incrementAndGet();
            return true;
        }));
        clickOn("Learning JavaFX");
        waitUntil(() -> JAVAFX.equals(pane.selectedPathProperty().get()));
        assertThat(asked.get()).isEqualTo(3);
        assertThat(selectedInList()).isEqualTo(JAVAFX);
    }

    @Test
    void filteringAndUpdatingKeepTheOpenPost() {
        interact(() -> pane.select(JAVAFX));
        List<String> changes = new ArrayList<>();
        pane.selectedPathProperty().addListener((o, a, b) -> changes.add(b));

        clickOn("#postFilter").write("西湖");
        waitUntil(() -> shownTitles().equals(List.of("西湖的春天")));
        assertThat(pane.selectedPathProperty().get()).isEqualTo(JAVAFX);
        eraseText(2);
        waitUntil(() -> shownTitles().size() == 6);
        assertThat(selectedInList()).isEqualTo(JAVAFX);

        List<PostRow> updated = new ArrayList<>(SampleRows.rows());
        updated.replaceAll(r -> r.path().equals(JAVAFX)
                ? PostRow.of(JAVAFX, "Learning JavaFX, part 1", r.date(), false, r.tags()) : r);
        updated.add(PostRow.of("_posts/2026-11-27-new.md", "Brand new", LocalDateTime.of(2026, 11, 27, 8, 0),
                false, List.of()));
        interact(() -> pane.setRows(updated));
        waitUntil(() -> shownTitles().contains("Learning JavaFX, part 1"));
        assertThat(selectedInList()).isEqualTo(JAVAFX);
        assertThat(pane.selectedRow()).map(PostRow::title).contains("Learning JavaFX, part 1");
        assertThat(changes).isEmpty();
    }

    @Test
    void unsavedPostsShowADot() {
        assertThat(cellOf(HANGZHOU).orElseThrow().lookup(".post-dirty").isVisible()).isFalse();
        interact(() -> pane.dirtyPaths().add(HANGZHOU));
        waitUntil(() -> cellOf(HANGZHOU).orElseThrow().lookup(".post-dirty").isVisible());
        assertThat(cellOf(HANGZHOU).orElseThrow().getTooltip().getText()).contains("Unsaved changes");
        interact(() -> pane.dirtyPaths().remove(HANGZHOU));
        waitUntil(() -> !cellOf(HANGZHOU).orElseThrow().lookup(".post-dirty").isVisible());
    }

    @Test
    void aCancelButtonShowsWhileLoadingAndCallsTheShell() {
        AtomicInteger calls = new AtomicInteger();
        interact(() -> {
            pane.setOnCancelLoading(calls::incrementAndGet);
            pane.setRows(List.of());
        });
        assertThat(lookup("#cancelLoading").query().isVisible()).isFalse();
        interact(() -> pane.loadingProperty().set(true));
        assertThat(lookup("#cancelLoading").query().isVisible()).isTrue();
        assertThat(lookup("#cancelLoading").queryButton().getText()).isEqualTo("Cancel");
        clickOn("#cancelLoading");
        assertThat(calls.get()).isEqualTo(1);
        interact(() -> {
            pane.loadingProperty().set(false);
            pane.showLoadingCancelled();
        });
        assertThat(lookup("#cancelLoading").query().isVisible()).isFalse();
        assertThat(text(".post-list-empty")).isEqualTo(
                "Listing the posts was cancelled; File > Open Recent opens the blog again.");
        interact(() -> pane.loadingProperty().set(true));
        assertThat(text(".post-list-empty")).as("a new loading forgets the cancel").isEqualTo("Reading the posts…");
    }

    @Test
    void whileLoadingAProgressBarAndAWaitingTextShow() {
        interact(() -> {
            pane.setRows(List.of());
            pane.loadingProperty().set(true);
            pane.progressProperty().set(0.4);
        });
        assertThat(lookup("#postListProgress").query().isVisible()).isTrue();
        assertThat(text(".post-list-empty")).isEqualTo("Reading the posts…");
        interact(() -> pane.loadingProperty().set(false));
        assertThat(lookup("#postListProgress").query().isVisible()).isFalse();
        assertThat(text(".post-list-empty")).startsWith("This blog has no posts or drafts yet.");
        assertThat(text("#postCount")).isEqualTo("No posts");
    }

    @Test
    void selectingAHiddenPostClearsTheFilterSoItShows() {
        clickOn("#postFilter").write("西湖");
        waitUntil(() -> shownTitles().equals(List.of("西湖的春天")));
        interact(() -> pane.select(YEAR)); // e.g. the shell just created or renamed it
        waitUntil(() -> shownTitles().size() == 6);
        assertThat(lookup("#postFilter").queryTextInputControl().getText()).isEmpty();
        assertThat(selectedInList()).isEqualTo(YEAR);
    }

    @Test
    void speaksChineseInTheChineseLocale() {
        interact(() -> {
            PostListPane zh = new PostListPane(new Messages(Locale.SIMPLIFIED_CHINESE));
            zh.setRows(SampleRows.rows());
            pane.getScene().setRoot(zh);
            pane = zh;
        });
        assertThat(((Label) cellOf(DRAFT).orElseThrow().lookup(".post-draft")).getText()).isEqualTo("草稿");
        assertThat(text("#postCount")).isEqualTo("6 篇文章");
        clickOn("#tagFilter");
        clickOn("旅行（1）");
        waitUntil(() -> shownTitles().equals(List.of("西湖的春天")));
    }

    private void replaceFilter(String text) {
        interact(() -> lookup("#postFilter").queryTextInputControl().clear());
        clickOn("#postFilter").write(text);
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private List<String> shownTitles() {
        return lookup(".post-cell").queryAllAs(PostCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getItem() != null && c.isVisible())
                .sorted(Comparator.comparingInt(PostCell::getIndex))
                .map(c -> ((Label) c.lookup(".post-title")).getText())
                .toList();
    }

    private Optional<PostCell> cellOf(String path) {
        return lookup(".post-cell").queryAllAs(PostCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getItem() != null && c.isVisible() && c.getItem().row().path().equals(path))
                .findFirst();
    }

    private String selectedInList() {
        @SuppressWarnings("unchecked")
        ListView<PostSearch.Keyed> list = lookup("#postListView").queryAs(ListView.class);
        PostSearch.Keyed item = list.getSelectionModel().getSelectedItem();
        return item == null ? null : item.row().path();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }
}
