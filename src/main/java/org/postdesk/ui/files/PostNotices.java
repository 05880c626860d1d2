package org.postdesk.ui.files;

import java.util.List;
import org.postdesk.app.OpenPost;
import org.postdesk.ui.common.ActionBar;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.LargePosts;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.PostHooks;
import org.postdesk.ui.common.ShellContext;

/**
 * Bars about how a post was opened: a GB18030 post opens read-only with "Convert to UTF-8"
 * ({@code #encodingBar}; the converted text is unsaved until the author saves, and then written
 * as UTF-8), and a large post ({@link LargePosts}) opens without highlighting and the live
 * preview, which the notification bar says (a read-only one says it in {@code #largeBar}).
 */
public final class PostNotices implements PostHooks {

    private final Bench bench;

    public PostNotices(Bench bench) {
        this.bench = bench;
    }

    @Override
    public void postShown(OpenPost post) {
        ShellContext c = bench.context();
        var bars = bench.window().bars();
        ActionBar.hide(bars, "encodingBar");
        if (post.gb18030Text().isPresent() && bench.session() != null) {
            List<String> keyOrder = bench.session().hints().keyOrder();
            ActionBar.show(bars, "encodingBar", c.text("encoding.offer", post.path()), List.of(
                    new ActionBar.Choice("encodingConvert", c.text("encoding.convert"),
                            () -> convert(post, keyOrder))), null);
        }
        boolean large = bench.largePosts().isLarge(post.savedBody());
        bench.window().previewFollows(large);
        ActionBar.hide(bars, "largeBar");
        if (large) {
            long bytes = post.openedState() != null ? post.openedState().size() : post.savedBody().length();
            String sentence = c.text("large.mode", LargePosts.megabytes(bytes));
            if (post.isReadOnly()) {
                ActionBar.show(bars, "largeBar", sentence, List.of(), null); // the bar keeps the read-only sentence
            } else {
                bench.notify(NotificationBar.Kind.INFO, sentence);
            }
        }
    }

    private void convert(OpenPost post, List<String> keyOrder) {
        if (bench.openPostNow() == post) {
            bench.show(new OpenPost.Reading(post.convertedToUtf8(keyOrder), null));
            bench.notify(NotificationBar.Kind.INFO, bench.context().text("encoding.converted", post.path()));
        }
    }
}
