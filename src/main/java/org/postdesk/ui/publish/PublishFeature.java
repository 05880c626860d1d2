package org.postdesk.ui.publish;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.postdesk.app.BlogSession;
import org.postdesk.app.publish.PublishPlan;
import org.postdesk.app.publish.Publisher;
import org.postdesk.core.git.RepoStatus;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.DialogService;
import org.postdesk.ui.common.SaveState;

/**
 * Publish with git in the window (decision record 0042): Post > Publish Changes... and a toolbar
 * button open the dialog; the toolbar shows the branch and how many files differ from the last
 * commit, and the post list marks the posts that do; View > Post History... shows a post's
 * commits. A blog that is not in git shows none of it. Git work runs on the bench's task worker.
 */
public final class PublishFeature {
    private final Bench bench;
    private final ResourceBundle text;
    private final GitPlace place;
    private final Label status = new Label();
    private final Button button = new Button();
    private final MenuItem publishItem;
    private final MenuItem historyItem;
    private long ticket;

    private PublishFeature(Bench bench, GitPlace place) {
        this.bench = bench;
        this.place = place;
        this.text = bench.context().bundle("org.postdesk.ui.publish.messages");
        publishItem = new MenuItem(text.getString("menu.publish"));
        publishItem.setId("menuPublishChanges");
        publishItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+P"));
        publishItem.setOnAction(e -> openDialog());
        historyItem = new MenuItem(text.getString("menu.history"));
        historyItem.setId("menuPostHistory");
        historyItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+H"));
        historyItem.setOnAction(e -> openHistory());
        button.setGraphic(new FontIcon(Feather.UPLOAD_CLOUD));
        button.setId("toolPublish");
        button.setTooltip(new Tooltip(text.getString("tool.publish")));
        button.setFocusTraversable(false);
        button.setOnAction(e -> openDialog());
        status.setId("gitStatus");
        status.getStyleClass().add("git-status");
        showInGit(false);
    }

    /** Adds the items to the Post and View menus and the toolbar, and follows the open blog and its saves. */
    public static PublishFeature install(Bench bench, Path home, Map<String, String> env) {
        PublishFeature feature = new PublishFeature(bench, new GitPlace(home, env));
        feature.addToMenu("menuPublish", feature.publishItem);
        feature.addToMenu("menuShowPreview", feature.historyItem);
        bench.window().addToolBarItems(feature.button, feature.status);
        bench.sessionProperty().addListener((obs, was, now) -> {
            if (now == null || was == null || !now.root().equals(was.root())) {
                feature.refresh();
            }
        });
        bench.saveStateProperty().addListener((obs, was, now) -> {
            if (now == SaveState.SAVED && was == SaveState.SAVING) {
                feature.refresh();
            }
        });
        feature.refresh();
        return feature;
    }

    private void addToMenu(String besideId, MenuItem item) {
        for (Menu menu : bench.window().menuBar().getMenus()) {
            if (menu.getItems().stream().anyMatch(i -> besideId.equals(i.getId()))) {
                menu.getItems().add(item);
                return;
            }
        }
        throw new IllegalStateException("no menu holds " + besideId);
    }

    /** Reads the repository's status again (after a save, a commit, another blog); the list marks follow. */
    public void refresh() {
        BlogSession session = bench.session();
        long mine = ++ticket;
        if (session == null) {
            showInGit(false);
            bench.window().changedSinceCommit().clear();
            return;
        }
        bench.inBackground(() -> plan(session)).whenCompleteAsync((plan, error) -> {
            if (mine != ticket) {
                return;
            }
            if (error != null || plan.isEmpty()) {
                showInGit(false);
                bench.window().changedSinceCommit().clear();
                return;
            }
            show(plan.get());
        }, Platform::runLater);
    }

    private Optional<PublishPlan> plan(BlogSession session) {
        try {
            Optional<Publisher> publisher = place.open(session);
            if (publisher.isEmpty()) {
                return Optional.empty();
            }
            try (Publisher p = publisher.get()) {
                return Optional.of(p.plan());
            }
        } catch (Exception e) {
            return Optional.empty(); // the toolbar shows nothing rather than a stale state
        }
    }

    private void show(PublishPlan plan) {
        showInGit(true);
        RepoStatus s = plan.status();
        int changed = plan.items().size();
        StringBuilder line = new StringBuilder("\u2387 ").append(s.branch()).append("  ");
        line.append(changed == 0 ? text.getString("status.clean") : format("status.changes", changed));
        s.tracking().ifPresent(t -> {
            if (t.ahead() > 0) {
                line.append("  \u2191").append(t.ahead());
            }
            if (t.behind() > 0) {
                line.append("  \u2193").append(t.behind());
            }
        });
        status.setText(line.toString());
        status.setTooltip(new Tooltip(s.tracking().map(t -> format("status.tooltip", s.branch(), changed, t.ahead(),
                t.behind())).orElse(format("status.tooltipNoRemote", s.branch(), changed))));
        List<String> posts = plan.changedPostPaths();
        bench.window().changedSinceCommit().retainAll(posts);
        bench.window().changedSinceCommit().addAll(posts);
    }

    private void showInGit(boolean inGit) {
        status.setVisible(inGit);
        status.setManaged(inGit);
        button.setDisable(!inGit);
        publishItem.setDisable(!inGit);
        historyItem.setDisable(!inGit);
    }

    /** Post > Publish Changes...: saves the open post first when the author agrees, then shows the dialog. */
    public void openDialog() {
        BlogSession session = bench.session();
        if (session == null) {
            return;
        }
        if (bench.saveStateProperty().getValue() == SaveState.UNSAVED) {
            DialogService.SaveChoice choice = bench.dialogs().askSaveChanges(bench.openPostNow().title());
            if (choice == DialogService.SaveChoice.CANCEL) {
                return;
            }
            if (choice == DialogService.SaveChoice.SAVE && !bench.save()) {
                return;
            }
        }
        new PublishDialog(bench, text, place, session, this::refresh).show();
    }

    /** View > Post History... for the open post. */
    public void openHistory() {
        if (bench.session() == null || bench.openPostNow() == null) {
            bench.notifyBlog(org.postdesk.ui.common.NotificationBar.Kind.INFO, text.getString("history.noPost"));
            return;
        }
        new PostHistoryDialog(bench, text, place, bench.session(), bench.openPostNow()).show();
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
