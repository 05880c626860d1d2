package org.postdesk.ui.search;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.postdesk.core.text.BlogSearch;
import org.postdesk.core.text.TextQuery;

/**
 * Search in all posts: a query ({@code #searchField}), match case and regular expression, a
 * progress bar with Cancel ({@code #searchCancel}), and the hits ({@code #searchResults}) as
 * "file:line  text"; a click opens the hit. The search runs on the given worker; a newer
 * search or Cancel stops the older one. Nodes are touched on the FX thread only.
 */
public final class BlogSearchWindow {

    /** Runs a search: query, progress, cancelled -> result (on the worker). */
    @FunctionalInterface
    public interface Searcher {
        BlogSearch.Result search(TextQuery query, BlogSearch.Progress progress, BooleanSupplier cancelled);
    }

    private final ResourceBundle text;
    private final Stage stage = new Stage();
    private final TextField query = new TextField();
    private final CheckBox matchCase = new CheckBox();
    private final CheckBox regex = new CheckBox();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button();
    private final Label status = new Label();
    private final ListView<BlogSearch.Hit> results = new ListView<>();
    private final Executor worker;
    private Searcher searcher;
    private Consumer<BlogSearch.Hit> open = hit -> { };
    private AtomicBoolean running = new AtomicBoolean();

    public BlogSearchWindow(ResourceBundle text, Window owner, Executor worker) {
        this.text = text;
        this.worker = worker;
        stage.initOwner(owner);
        stage.setTitle(text.getString("search.title"));
        query.setId("searchField");
        query.setPromptText(text.getString("search.prompt"));
        matchCase.setText(text.getString("search.matchCase"));
        regex.setText(text.getString("search.regex"));
        Button go = new Button(text.getString("search.go"));
        go.setId("searchGo");
        go.setDefaultButton(true);
        go.setOnAction(e -> start());
        cancel.setText(text.getString("search.cancel"));
        cancel.setId("searchCancel");
        cancel.setOnAction(e -> cancel());
        cancel.setDisable(true);
        progress.setId("searchProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("searchStatus");
        results.setId("searchResults");
        results.setCellFactory(v -> new HitCell());
        results.setOnMouseClicked(e -> openSelected());
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox top = new HBox(6, query, go);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox options = new HBox(12, matchCase, regex);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox running = new HBox(6, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox root = new VBox(8, top, options, running, status, results);
        root.setPadding(new Insets(10));
        stage.setScene(new Scene(root, 640, 460));
        stage.setOnHidden(e -> cancel());
    }

    /** Where the search runs (set again when another blog is open). */
    public void setSearcher(Searcher searcher) {
        this.searcher = searcher;
    }

    public void setOnOpen(Consumer<BlogSearch.Hit> open) {
        this.open = open;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
        query.requestFocus();
        query.selectAll();
    }

    /** Starts a search for the query (cancelling a running one). */
    public void start() {
        cancel();
        TextQuery q = new TextQuery(query.getText(), matchCase.isSelected(), false, regex.isSelected());
        TextQuery.Compiled compiled = q.compile();
        results.getItems().clear();
        if (!compiled.valid()) {
            status.setText(format("search.invalidRegex", compiled.problem()));
            return;
        }
        if (q.text().isEmpty() || searcher == null) {
            status.setText("");
            return;
        }
        AtomicBoolean flag = new AtomicBoolean(true);
        running = flag;
        Searcher s = searcher;
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        cancel.setDisable(false);
        status.setText(text.getString("search.running"));
        CompletableFuture.supplyAsync(() -> s.search(q, (done, total) -> Platform.runLater(() -> {
            if (flag.get()) {
                progress.setProgress((double) done / Math.max(1, total));
            }
        }), () -> !flag.get()), worker).whenCompleteAsync((result, error) -> {
            if (running != flag) {
                return;
            }
            boolean wasCancelled = !flag.get();
            flag.set(false);
            cancel.setDisable(true);
            progress.setProgress(wasCancelled ? 0 : 1);
            if (error != null) {
                status.setText(format("search.failed", String.valueOf(error.getMessage())));
                return;
            }
            results.getItems().setAll(result.hits());
            long files = result.hits().stream().map(BlogSearch.Hit::post).distinct().count();
            status.setText(format(result.cancelled() || wasCancelled ? "search.stopped" : "search.done",
                    result.hits().size(), files));
        }, Platform::runLater);
    }

    public void cancel() {
        running.set(false);
    }

    public String statusText() {
        return status.getText();
    }

    public List<BlogSearch.Hit> hits() {
        return List.copyOf(results.getItems());
    }

    private void openSelected() {
        BlogSearch.Hit hit = results.getSelectionModel().getSelectedItem();
        if (hit != null) {
            open.accept(hit);
        }
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }

    private static final class HitCell extends ListCell<BlogSearch.Hit> {
        @Override
        protected void updateItem(BlogSearch.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            String name = hit == null ? "" : hit.post().substring(hit.post().lastIndexOf('/') + 1);
            setText(empty || hit == null ? null : name + ":" + hit.line() + "   " + hit.text());
        }
    }
}
