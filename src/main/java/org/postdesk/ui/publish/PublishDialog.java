package org.postdesk.ui.publish;

import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.postdesk.app.BlogSession;
import org.postdesk.app.publish.CommitMessages;
import org.postdesk.app.publish.PublishItem;
import org.postdesk.app.publish.PublishOutcome;
import org.postdesk.app.publish.PublishPlan;
import org.postdesk.app.publish.Publisher;
import org.postdesk.core.git.GitException;
import org.postdesk.core.git.GitProgress;
import org.postdesk.core.git.Identity;
import org.postdesk.core.git.RepoStatus;
import org.postdesk.core.git.StoredCredentials;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.NotificationBar;

/**
 * The Publish Changes dialog (decision record 0042): what will go, each post by title and each
 * image with a thumbnail, ticked; other changes apart, unticked; the message made from the ticks;
 * the author from git's config; the remote asked first (progress, Cancel), and Commit or Commit and
 * Push. Git work runs on the bench's task worker; this class only touches nodes.
 */
final class PublishDialog {
    private final Bench bench;
    private final ResourceBundle text;
    private final GitPlace place;
    private final BlogSession session;
    private final Runnable afterwards;
    private final CommitMessages messages;
    private final Stage stage = new Stage();
    private final Label branch = new Label();
    private final Label remote = new Label();
    private final VBox content = new VBox(4);
    private final VBox other = new VBox(4);
    private final ChangeRows changes;
    private final TextArea message = new TextArea();
    private final Label author = new Label();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final HBox authorFields = new HBox(6, name, email);
    private final HBox progressRow = new HBox(8);
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Button cancel = new Button();
    private final Label result = new Label();
    private final VBox login = new VBox(4);
    private final TextField user = new TextField();
    private final PasswordField token = new PasswordField();
    private final Button commit = new Button();
    private final Button push = new Button();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private PublishPlan plan;
    private boolean conflicts;
    private boolean messageTouched;
    private boolean settingMessage;

    PublishDialog(Bench bench, ResourceBundle text, GitPlace place, BlogSession session, Runnable afterwards) {
        this.bench = bench;
        this.text = text;
        this.place = place;
        this.session = session;
        this.afterwards = afterwards;
        this.messages = new CommitMessages(text.getLocale());
        this.changes = new ChangeRows(text, content, other, this::suggest);
        build();
    }

    private void build() {
        stage.initOwner(bench.window().stage());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(text.getString("dialog.title"));
        branch.setId("publishBranch");
        remote.setId("publishRemote");
        remote.setWrapText(true);
        content.setId("publishContent");
        other.setId("publishOther");
        ScrollPane items = new ScrollPane(new VBox(6, heading("dialog.content"), content, heading("dialog.other"), other));
        items.setFitToWidth(true);
        items.setPrefViewportHeight(260);
        message.setId("publishMessage");
        message.setPrefRowCount(3);
        message.setWrapText(true);
        message.textProperty().addListener((obs, was, now) -> messageTouched |= !settingMessage);
        author.setId("publishAuthor");
        author.setWrapText(true);
        name.setId("publishName");
        name.setPromptText(text.getString("dialog.name"));
        email.setId("publishEmail");
        email.setPromptText(text.getString("dialog.email"));
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(email, Priority.ALWAYS);
        progress.setId("publishProgress");
        progress.setPrefWidth(180);
        cancel.setText(text.getString("button.cancel"));
        cancel.setId("publishCancel");
        cancel.setOnAction(e -> cancelled.set(true));
        progressRow.getChildren().addAll(progress, progressText, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        result.setId("publishResult");
        result.setWrapText(true);
        Label ask = new Label(text.getString("token.ask"));
        ask.setWrapText(true);
        user.setId("publishUser");
        user.setPromptText(text.getString("token.user"));
        token.setId("publishToken");
        token.setPromptText(text.getString("token.secret"));
        login.getChildren().addAll(ask, new HBox(6, user, token));
        commit.setText(text.getString("button.commit"));
        commit.setId("publishCommit");
        commit.setOnAction(e -> run(false));
        push.setText(text.getString("button.push"));
        push.setId("publishPush");
        push.setDefaultButton(true);
        push.setOnAction(e -> run(true));
        Button close = new Button(text.getString("button.close"));
        close.setId("publishClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, commit, push, close);
        VBox root = new VBox(8, branch, remote, items, heading("dialog.message"), message, author, authorFields,
                login, progressRow, result, buttons);
        root.setPadding(new Insets(12));
        root.setPrefWidth(620);
        for (Node n : List.of(authorFields, login, progressRow, result)) {
            n.managedProperty().bind(n.visibleProperty());
            n.setVisible(false);
        }
        stage.setScene(new Scene(root));
        stage.getScene().getStylesheets().addAll(bench.window().stage().getScene().getStylesheets());
    }

    private Label heading(String key) {
        Label l = new Label(text.getString(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    void show() {
        stage.show();
        load(true);
    }

    Stage stage() {
        return stage;
    }

    /** Reads the repository's changes; then, when there is a remote, asks it for new commits. */
    private void load(boolean thenFetch) {
        working(true);
        bench.inBackground(() -> withPublisher(Publisher::plan)).whenCompleteAsync((loaded, error) -> {
            working(false);
            if (error != null) {
                fail(reason(error));
                return;
            }
            if (loaded.isEmpty()) {
                fail(text.getString("dialog.notGit"));
                return;
            }
            fill(loaded.get());
            if (thenFetch && plan.status().tracking().isPresent() && usable()) {
                fetch();
            }
        }, Platform::runLater);
    }

    private void fill(PublishPlan loaded) {
        plan = loaded;
        RepoStatus s = plan.status();
        branch.setText(s.tracking().map(t -> format("dialog.branch", s.branch(), t.remoteBranch()
                .replaceFirst("^refs/remotes/", ""))).orElse(format("dialog.branchNoRemote", s.branch())));
        if (s.detached()) {
            remote.setText(format("dialog.detached", s.branch()));
        } else if (s.busy().isPresent()) {
            remote.setText(format("dialog.busy", s.busy().get()));
        }
        changes.show(plan.items(), place.workTree());
        Identity who = plan.identity();
        author.setText(who.complete() ? format("dialog.author", who.name(), who.email())
                : text.getString("dialog.authorMissing"));
        authorFields.setVisible(!who.complete());
        name.setText(who.name());
        email.setText(who.email());
        messageTouched = false;
        suggest();
        enable();
    }

    private boolean usable() {
        return plan != null && !plan.status().detached() && plan.status().busy().isEmpty();
    }

    private void suggest() {
        if (!messageTouched) {
            settingMessage = true;
            message.setText(messages.suggest(chosen()));
            settingMessage = false;
        }
        enable();
    }

    private List<PublishItem> chosen() {
        return changes.chosen();
    }

    private void enable() {
        boolean any = !chosen().isEmpty();
        int ahead = plan == null ? 0 : plan.status().tracking().map(RepoStatus.Tracking::ahead).orElse(0);
        boolean remoteThere = plan != null && plan.status().tracking().isPresent();
        commit.setDisable(!usable() || !any || progressRow.isVisible());
        push.setText(text.getString(any ? "button.push" : "button.pushOnly"));
        push.setDisable(!usable() || !remoteThere || conflicts || (!any && ahead == 0) || progressRow.isVisible());
    }

    /** Asks the remote for new commits and whether ours would conflict with them. */
    private void fetch() {
        List<PublishItem> now = chosen();
        remote.setText(text.getString("remote.checking"));
        working(true);
        bench.inBackground(() -> withPublisher(p -> {
            PublishPlan fetched = p.fetch(progress());
            return new Fetched(fetched, p.conflicts(now));
        })).whenCompleteAsync((fetched, error) -> {
            working(false);
            if (error != null) {
                remote.setText(reason(error));
                return;
            }
            fetched.ifPresent(f -> {
                RepoStatus.Tracking t = f.plan().status().tracking().orElseThrow();
                plan = new PublishPlan(f.plan().status(), plan.items(), plan.identity());
                conflicts = !f.conflicts().isEmpty();
                afterwards.run(); // the toolbar's ahead/behind, as of this fetch
                remote.setText(conflicts ? format("remote.conflict", String.join(", ", f.conflicts()))
                        : t.behind() > 0 ? format("remote.behind", t.behind()) : t.ahead() == 0 ? text.getString("remote.same")
                        : format("remote.sameAhead", t.ahead()));
                enable();
            });
        }, Platform::runLater);
    }

    private record Fetched(PublishPlan plan, List<String> conflicts) {
    }

    private void run(boolean andPush) {
        List<PublishItem> items = chosen();
        String said = message.getText().strip();
        Identity who = plan.identity().complete() ? plan.identity()
                : new Identity(name.getText().strip(), email.getText().strip());
        if (login.isVisible() && !user.getText().isBlank() && !token.getText().isBlank()) {
            place.remember(plan, new StoredCredentials.Login(user.getText().strip(), token.getText()));
        }
        working(true);
        result.setVisible(false);
        bench.inBackground(() -> withPublisher(p -> p.publish(items, said, who, andPush, progress())))
                .whenCompleteAsync((done, error) -> {
                    working(false);
                    if (error != null || done.isEmpty()) {
                        fail(error == null ? text.getString("dialog.notGit") : reason(error));
                        return;
                    }
                    finished(done.get(), said);
                }, Platform::runLater);
    }

    private void finished(PublishOutcome outcome, String said) {
        afterwards.run();
        String committed = outcome.commit().map(id -> format("result.committed", id.substring(0, 7),
                said.lines().findFirst().orElse(""))).orElse("");
        String pushed = outcome.pushed() ? format("result.pushed", plan.status().tracking()
                .map(RepoStatus.Tracking::remote).orElse("")) : "";
        if (outcome.ok()) {
            bench.notifyBlog(NotificationBar.Kind.INFO, (committed + " " + pushed).strip());
            stage.close();
            return;
        }
        login.setVisible(outcome.askLogin());
        fail((committed + " " + outcome.problem().orElse("")).strip());
        load(false); // what was committed leaves the list; a push can be tried again
    }

    private void fail(String sentence) {
        result.setText(sentence);
        result.setVisible(true);
        enable();
    }

    private GitProgress progress() {
        cancelled.set(false);
        return new GitProgress() {
            @Override
            public void update(String task, int done, int total) {
                Platform.runLater(() -> {
                    progressText.setText(task);
                    progress.setProgress(total <= 0 ? -1 : (double) done / total);
                });
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private void working(boolean busy) {
        progressRow.setVisible(busy);
        progress.setProgress(-1);
        progressText.setText(busy ? text.getString("progress.working") : "");
        enable();
    }

    private interface GitWork<T> {
        T run(Publisher publisher) throws GitException;
    }

    /** Runs {@code work} with a publisher of the session's blog (off the FX thread); empty when not in git. */
    private <T> Optional<T> withPublisher(GitWork<T> work) {
        try {
            Optional<Publisher> publisher = place.open(session);
            if (publisher.isEmpty()) {
                return Optional.empty();
            }
            try (Publisher p = publisher.get()) {
                return Optional.of(work.run(p));
            }
        } catch (GitException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    private static String reason(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
