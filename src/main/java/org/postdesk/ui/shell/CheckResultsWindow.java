package org.postdesk.ui.shell;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.postdesk.app.BlogSession;
import org.postdesk.app.FailureReason;
import org.postdesk.ui.common.Bench;
import org.postdesk.core.blog.CheckProblem;

/**
 * Help > Check the Blog (decision record 0034): the command line's {@code check} on the open blog,
 * run off the FX thread, its lines in a small window ({@code #checkResults}) with a sentence
 * counting errors and warnings. Double-click or Enter on a line opens its post (asking first about
 * unsaved changes). FX thread.
 */
final class CheckResultsWindow {

    private CheckResultsWindow() {
    }

    static Stage show(Bench bench, ResourceBundle text) {
        Label summary = new Label();
        summary.setId("checkSummary");
        summary.setWrapText(true);
        ListView<CheckProblem> lines = new ListView<>();
        lines.setId("checkLines");
        lines.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CheckProblem problem, boolean empty) {
                super.updateItem(problem, empty);
                setText(empty || problem == null ? null : problem.format());
            }
        });
        lines.setPlaceholder(new Label(text.getString("check.nothing")));
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox root = new VBox(8, summary, lines);
        root.setId("checkResults");
        root.setPadding(new Insets(12));
        Stage stage = new Stage();
        stage.initOwner(bench.window().stage());
        stage.setTitle(text.getString("check.title"));
        Scene scene = new Scene(root, 760, 420);
        scene.setUserAgentStylesheet(bench.window().stage().getScene().getUserAgentStylesheet());
        scene.getStylesheets().add(MainWindow.uiFontStylesheet()); // Chinese text needs the CJK-capable font
        stage.setScene(scene);
        Runnable open = () -> {
            CheckProblem chosen = lines.getSelectionModel().getSelectedItem();
            if (chosen != null && bench.session() != null && bench.session().post(chosen.path()).isPresent()
                    && (isOpen(bench, chosen.path()) || bench.canLeave())) {
                bench.selectPost(chosen.path());
                bench.window().stage().toFront();
            }
        };
        lines.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.run();
            }
        });
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
            }
        });
        BlogSession session = bench.session();
        if (session == null) {
            summary.setText(text.getString("check.noBlog"));
        } else {
            summary.setText(new MessageFormat(text.getString("check.running"), text.getLocale())
                    .format(new Object[] {session.root().getFileName()}));
            bench.inBackground(() -> session.site().check(session.posts()))
                    .whenCompleteAsync((found, error) -> {
                        if (error != null) {
                            summary.setText(format(text, "check.failed", FailureReason.of(error)));
                        } else {
                            lines.getItems().setAll(found);
                            summary.setText(sentence(text, found, session.posts().size()));
                        }
                    }, Platform::runLater);
        }
        stage.show();
        return stage;
    }

    private static boolean isOpen(Bench bench, String path) {
        return bench.openPostNow() != null && bench.openPostNow().path().equals(path);
    }

    static String sentence(ResourceBundle text, List<CheckProblem> found, int posts) {
        if (found.isEmpty()) {
            return format(text, "check.none", posts);
        }
        long errors = found.stream().filter(CheckProblem::error).count();
        return format(text, "check.found", errors, found.size() - errors, posts);
    }

    private static String format(ResourceBundle text, String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
