package org.postdesk.ui.shell;

import java.util.List;

/**
 * Bars about how a post was opened: a GB18030 post opens read-only with "Convert to UTF-8"
 * ({@code #encodingBar}; the converted text is unsaved until the author saves, and then written
 * as UTF-8), and a very large post opens without the live preview ({@code #largeBar}).
 */
final class PostNotices implements PostHooks {

    /** Bodies longer than this (in characters) are not previewed live. */
    static final int LARGE_BODY = 5_000_000;

    private final Workbench bench;

    PostNotices(Workbench bench) {
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
        boolean large = post.savedBody().length() > LARGE_BODY;
        bench.window().renderScheduler().setActive(!large && bench.window().previewShownProperty().get());
        if (large) {
            ActionBar.show(bars, "largeBar", c.text("large.noPreview", post.title()), List.of(), null);
        } else {
            ActionBar.hide(bars, "largeBar");
        }
    }

    private void convert(OpenPost post, List<String> keyOrder) {
        if (bench.openPostNow() == post) {
            bench.show(new OpenPost.Reading(post.convertedToUtf8(keyOrder), null));
            bench.notify(NotificationBar.Kind.INFO, bench.context().text("encoding.converted", post.path()));
        }
    }
}
