package org.postdesk.ui.files;

import java.awt.Desktop;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.postdesk.app.BlogSession;
import org.postdesk.app.FailureReason;
import org.postdesk.app.OpenPost;
import org.postdesk.core.blog.MoveReport;
import org.postdesk.core.blog.PostMoves;
import org.postdesk.core.blog.PostName;
import org.postdesk.core.io.FolderTrash;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.io.Trash;
import org.postdesk.ui.common.ActionBar;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.FileQuestions;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.PostHooks;
import org.postdesk.ui.common.ShellContext;

/**
 * The Post menu: Publish (a draft to {@code _posts/} on a chosen date), Unpublish, Move to
 * Trash; and, after a save that changed the title or date, a bar ({@code #renameBar}) offering to
 * rename the file to match, rewriting references in other posts. Moves run on the task worker;
 * afterwards the list is rescanned and the moved post stays open.
 */
public final class PostFileActions implements PostHooks {

    /** A move to run off the FX thread. */
    private interface Move {
        MoveReport run(PostMoves moves, Path file) throws PostIoException;
    }

    private final Bench bench;
    private final FileQuestions questions;
    private String shownFor;
    private String shownTitle;
    private LocalDate shownDate;

    public PostFileActions(Bench bench, FileQuestions questions) {
        this.bench = bench;
        this.questions = questions;
        ShellContext c = bench.context();
        MenuItem publish = item("menuPublish", c.text("post.publish"), "Shortcut+Shift+P", this::publish);
        MenuItem unpublish = item("menuUnpublish", c.text("post.unpublish"), null, this::unpublish);
        MenuItem trash = item("menuTrash", c.text("post.trash"), null, this::trash);
        Menu menu = new Menu(c.text("menu.post"), null, publish, unpublish, new SeparatorMenuItem(), trash);
        menu.setId("menuPost");
        // The items' state follows the open post, not only the menu's opening: a disabled item's
        // accelerator does nothing, so a state left from the last opening swallowed Ctrl+Shift+P.
        Runnable refresh = () -> {
            Boolean draft = currentDraft();
            publish.setDisable(draft == null || !draft);
            unpublish.setDisable(draft == null || draft);
            trash.setDisable(draft == null);
        };
        menu.setOnShowing(e -> refresh.run());
        bench.postProperty().addListener((obs, was, now) -> refresh.run());
        bench.sessionProperty().addListener((obs, was, now) -> refresh.run());
        refresh.run();
        bench.window().menuBar().getMenus().add(menu);
        bench.window().setPostRowMenu(PostRowMenu.build(bench, this::publish, this::unpublish, this::trash));
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private PostName currentName() {
        OpenPost post = bench.openPostNow();
        BlogSession session = bench.session();
        return post == null || session == null ? null : session.blog().naming().classify(post.path());
    }

    /** Whether the open post is a draft (by folder or by flag); null when no post is open. */
    private Boolean currentDraft() {
        OpenPost post = bench.openPostNow();
        BlogSession session = bench.session();
        return post == null || session == null ? null : session.isDraft(post.path());
    }

    public void publish() {
        Boolean draft = currentDraft();
        OpenPost post = bench.openPostNow();
        if (draft == null || !draft || !bench.canLeave()) {
            return;
        }
        questions.askPublishDate(post.title(), LocalDate.now(bench.clock()))
                .ifPresent(date -> move(post, (moves, file) -> moves.publish(file, date)));
    }

    public void unpublish() {
        Boolean draft = currentDraft();
        if (draft != null && !draft && bench.canLeave()) {
            move(bench.openPostNow(), PostMoves::unpublish);
        }
    }

    public void trash() {
        OpenPost post = bench.openPostNow();
        if (post == null || !questions.confirmTrash(post.title())) {
            return;
        }
        bench.discarded(post);
        bench.window().dirtyPaths().remove(post.path());
        Trash fallback = new FolderTrash(bench.session().root());
        move(post, (moves, file) -> moves.delete(file, desktopTrash().orElse(fallback)));
    }

    private static Trash desktopTrash() {
        return file -> {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH)
                    && Desktop.getDesktop().moveToTrash(file.toFile())) {
                return "Moved " + file.getFileName() + " to the system trash.";
            }
            throw new UnsupportedOperationException("no desktop trash");
        };
    }

    private void move(OpenPost post, Move move) {
        BlogSession session = bench.session();
        if (post == null || session == null) {
            return;
        }
        bench.inBackground(() -> {
            try {
                return move.run(new PostMoves(session.blog()), post.file());
            } catch (PostIoException e) {
                throw new CompletionException(e);
            }
        }).whenCompleteAsync((report, error) -> {
            if (error != null) {
                bench.notify(NotificationBar.Kind.ERROR, FailureReason.of(error));
                return;
            }
            moved(session, report);
        }, Platform::runLater);
    }

    private void moved(BlogSession session, MoveReport report) {
        List<String> sentences = new ArrayList<>(List.of(report.sentence()));
        sentences.addAll(report.problems());
        NotificationBar.Kind kind = report.problems().isEmpty() ? NotificationBar.Kind.INFO : NotificationBar.Kind.ERROR;
        if (report.to() != null) { // the sentence is about the post under its new name, shown next
            bench.notifyAbout(session.blog().relativize(report.to()), kind, String.join(" ", sentences));
        } else {
            bench.notifyBlog(kind, String.join(" ", sentences));
        }
        List<String> paths = new ArrayList<>();
        paths.add(session.blog().relativize(report.from()));
        if (report.to() != null) {
            paths.add(session.blog().relativize(report.to()));
        }
        report.changedFiles().forEach(f -> paths.add(session.blog().relativize(f)));
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (String path : paths) {
            chain = chain.thenCompose(v -> bench.refreshRow(path));
        }
        chain.thenRunAsync(() -> {
            if (report.to() != null) {
                bench.selectPost(session.blog().relativize(report.to()));
            } else if (!bench.posts().isEmpty()) {
                bench.selectPost(bench.posts().get(0).path());
            }
        }, Platform::runLater);
    }

    @Override
    public void postShown(OpenPost post) {
        shownFor = post.path();
        shownTitle = post.title();
        shownDate = frontMatterDate(post);
    }

    @Override
    public void saved(OpenPost post) {
        if (!post.path().equals(shownFor)) {
            return;
        }
        String title = post.title();
        LocalDate date = frontMatterDate(post);
        boolean changed = !title.equals(shownTitle) || date != null && !date.equals(shownDate);
        shownTitle = title;
        shownDate = date;
        PostName name = currentName();
        if (!changed || name == null) {
            return;
        }
        LocalDate day = date != null ? date : name.date() != null ? name.date() : LocalDate.now(bench.clock());
        String wanted = new PostMoves(bench.session().blog()).fileNameFor(post.file(), title, day);
        if (wanted.equals(post.file().getFileName().toString())) {
            return;
        }
        ShellContext c = bench.context();
        ActionBar.show(bench.window().bars(), "renameBar", c.text("post.rename.offer", wanted), List.of(
                new ActionBar.Choice("renameApply", c.text("post.rename.apply"), () -> rename(post, wanted)),
                new ActionBar.Choice("renameSkip", c.text("post.rename.skip"), () -> { })), null);
    }

    /** Renames the open post to {@code wanted} (a repair of the Problems list, decision record 0031). */
    public void renameOpenPost(String wanted) {
        rename(bench.openPostNow(), wanted);
    }

    private void rename(OpenPost post, String wanted) {
        if (bench.openPostNow() == post && bench.canLeave()) {
            move(post, (moves, file) -> moves.rename(file, wanted));
        }
    }

    private static LocalDate frontMatterDate(OpenPost post) {
        String text = post.frontMatter().string("date").orElse("").trim();
        if (text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
