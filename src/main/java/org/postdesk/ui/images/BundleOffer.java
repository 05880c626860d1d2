package org.postdesk.ui.images;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.postdesk.app.BlogSession;
import org.postdesk.app.FailureReason;
import org.postdesk.app.OpenPost;
import org.postdesk.core.blog.ImageStyle;
import org.postdesk.core.blog.MoveReport;
import org.postdesk.core.blog.PostMoves;
import org.postdesk.core.io.PostIoException;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.NotificationBar;

/**
 * Images and page bundles (docs/decisions/0040): a bundle's images go beside its page
 * ({@link #postStyle}); when the first image lands in a single-file post of a site with bundles,
 * the author is asked whether to make the post a bundle, and on yes the post is saved and moved
 * ({@link PostMoves#toBundle}: through the write guard, refused when the folder exists), then
 * opened at its new place. FX thread.
 */
final class BundleOffer {
    private final Bench bench;
    private final ResourceBundle text;
    private final Supplier<ImageDialogs> dialogs;

    BundleOffer(Bench bench, ResourceBundle text, Supplier<ImageDialogs> dialogs) {
        this.bench = bench;
        this.text = text;
        this.dialogs = dialogs;
    }

    /** Where the open post's own images go, when its site keeps them with it. */
    Optional<ImageStyle> postStyle() {
        OpenPost post = bench.openPostNow();
        BlogSession session = bench.session();
        return post == null || session == null ? Optional.empty() : session.site().imageStyleFor(post.path());
    }

    /** After images went into the post: the offer, when they are its first and it could be a bundle. */
    void inserted(ImageImports.Outcome outcome, String textNow) {
        OpenPost post = bench.openPostNow();
        BlogSession session = bench.session();
        if (post == null || session == null) {
            return;
        }
        Optional<String> bundle = session.site().bundlePathFor(post.path());
        String before = textNow.replace(outcome.inserted(), "");
        if (bundle.isEmpty() || before.contains("![") || before.contains("<img")) {
            return;
        }
        String folder = session.conventions() == null ? "" : session.conventions().imageStyle().folder();
        String question = MessageFormat.format(text.getString("bundle.question"), post.path(), folder, bundle.get());
        if (!dialogs.get().confirmBundle(question) || !bench.save()) { // the post is saved, then moved
            return;
        }
        bench.inBackground(() -> {
            try {
                return new PostMoves(session.blog()).toBundle(post.file());
            } catch (PostIoException e) {
                throw new CompletionException(e);
            }
        }).whenCompleteAsync((report, error) -> moved(session, report, error), Platform::runLater);
    }

    private void moved(BlogSession session, MoveReport report, Throwable error) {
        if (error != null) {
            bench.notify(NotificationBar.Kind.ERROR, FailureReason.of(error));
            return;
        }
        String from = session.blog().relativize(report.from());
        String to = session.blog().relativize(report.to());
        bench.refreshRow(from).thenCompose(v -> bench.refreshRow(to)).thenRunAsync(() -> {
            bench.selectPost(to);
            bench.notifyAbout(to, NotificationBar.Kind.INFO, MessageFormat.format(text.getString("bundle.done"), from, to));
        }, Platform::runLater);
    }
}
