package org.postdesk.ui.publish;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.postdesk.app.BlogSession;
import org.postdesk.app.OpenPost;
import org.postdesk.app.publish.Publisher;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.git.Diffs;
import org.postdesk.core.git.GitException;
import org.postdesk.core.git.Revision;
import org.postdesk.core.post.PostDocument;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.NotificationBar;

/**
 * View > Post History (decision record 0042): the commits of the open post (date, id, message),
 * the difference from the chosen one to the text in the editor, and Restore, which puts the old
 * version in the editor as unsaved text in one undo step (and the old front matter in the form).
 */
final class PostHistoryDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Bench bench;
    private final ResourceBundle text;
    private final GitPlace place;
    private final BlogSession session;
    private final OpenPost post;
    private final Stage stage = new Stage();
    private final ListView<Revision> list = new ListView<>();
    private final TextArea diff = new TextArea();
    private final Label note = new Label();
    private final Button restore = new Button();
    private byte[] chosenBytes;
    private long ticket;

    PostHistoryDialog(Bench bench, ResourceBundle text, GitPlace place, BlogSession session, OpenPost post) {
        this.bench = bench;
        this.text = text;
        this.place = place;
        this.session = session;
        this.post = post;
        build();
    }

    private void build() {
        stage.initOwner(bench.window().stage());
        stage.setTitle(format("history.title", post.title()));
        list.setId("historyList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : format("history.row",
                        WHEN.format(r.when().atZone(ZoneId.systemDefault())), r.shortId(), r.message()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> choose(now));
        diff.setId("historyDiff");
        diff.setEditable(false);
        diff.setStyle("-fx-font-family: monospace;");
        note.setId("historyNote");
        note.setWrapText(true);
        restore.setText(text.getString("history.restore"));
        restore.setId("historyRestore");
        restore.setDisable(true);
        restore.setOnAction(e -> restore());
        Button close = new Button(text.getString("button.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, new VBox(4, note, diff));
        VBox.setVgrow(diff, Priority.ALWAYS);
        split.setDividerPositions(0.38);
        VBox root = new VBox(8, split, new HBox(8, gap, restore, close));
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        stage.setScene(new Scene(root, 900, 520));
        stage.getScene().getStylesheets().addAll(bench.window().stage().getScene().getStylesheets());
    }

    void show() {
        stage.show();
        String path = post.path();
        bench.inBackground(() -> work(p -> p.history(path))).whenCompleteAsync((history, error) -> {
            if (error != null) {
                note.setText(error.getCause() == null ? error.getMessage() : error.getCause().getMessage());
            } else if (history.isEmpty()) {
                note.setText(text.getString("history.notGit"));
            } else if (history.get().isEmpty()) {
                note.setText(text.getString("history.none"));
            } else {
                list.getItems().setAll(history.get());
                list.getSelectionModel().selectFirst();
            }
        }, Platform::runLater);
    }

    Stage stage() {
        return stage;
    }

    private void choose(Revision revision) {
        long mine = ++ticket;
        restore.setDisable(true);
        if (revision == null) {
            return;
        }
        Supplier<String> now = post.fileText(bench.window().editor().textSnapshot());
        String path = post.path();
        bench.inBackground(() -> work(p -> p.version(revision.id(), path)).flatMap(o -> o).map(bytes -> {
            String older = new String(bytes, StandardCharsets.UTF_8);
            return new Chosen(bytes, Diffs.unified(older, now.get()));
        })).whenCompleteAsync((chosen, error) -> {
            if (mine != ticket || error != null || chosen.isEmpty()) {
                return;
            }
            chosenBytes = chosen.get().bytes();
            note.setText(text.getString(chosen.get().diff().isEmpty() ? "history.same" : "history.diff"));
            diff.setText(chosen.get().diff());
            restore.setDisable(chosen.get().diff().isEmpty() || post.isReadOnly() || post != bench.openPostNow());
        }, Platform::runLater);
    }

    private record Chosen(byte[] bytes, String diff) {
    }

    /** The chosen version into the editor and the form, unsaved: the body in one undo step. */
    private void restore() {
        if (chosenBytes == null || post != bench.openPostNow()) {
            return;
        }
        PostDocument old = PostDocument.parse(chosenBytes);
        var editor = bench.window().editor();
        editor.replace(0, editor.text().length(), old.bodyForEditor());
        if (!old.frontMatter().equals(post.frontMatter().text())) {
            FrontMatterDocument front = FrontMatterDocument.parse(old.frontMatter(), session.hints().keyOrder());
            post.setFrontMatter(front);
            bench.window().showFrontMatter(front, session.hints());
        }
        bench.showDirty();
        bench.notify(NotificationBar.Kind.INFO, format("history.restored", post.title()));
        stage.close();
    }

    private interface GitWork<T> {
        T run(Publisher publisher) throws GitException;
    }

    private <T> Optional<T> work(GitWork<T> task) {
        try {
            Optional<Publisher> publisher = place.open(session);
            if (publisher.isEmpty()) {
                return Optional.empty();
            }
            try (Publisher p = publisher.get()) {
                return Optional.of(task.run(p));
            }
        } catch (GitException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
