package org.postdesk.ui.images;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postdesk.core.blog.BlogSettings;
import org.postdesk.core.blog.BlogSettingsFile;
import org.postdesk.core.images.ImportSettings;
import org.postdesk.core.images.LinkTemplate;
import org.postdesk.core.images.RemoteImages;

/**
 * "Download Web Images": fetches the post's web images into the blog in the background, then
 * rewrites their links in the editor as one undo step. Links the author typed meanwhile are
 * kept, since the rewrite is applied to the text as it is when the download ends.
 */
public final class WebImageDownload {

    /** @param messages the sentences told to the author (a summary first, then one per image kept remote) */
    public record Result(int downloaded, int total, List<String> messages, boolean changed) {
        public Result {
            messages = List.copyOf(messages);
        }
    }

    private final ImageImports imports;

    WebImageDownload(ImageImports imports) {
        this.imports = imports;
    }

    CompletableFuture<Result> start(ImageInsertTarget target) {
        String text = target.text();
        String slug = imports.postSlug();
        if (RemoteImages.imageUrls(text).isEmpty()) {
            String none = "This post links to no web images; nothing was downloaded.";
            imports.feedback().tell(none);
            return CompletableFuture.completedFuture(new Result(0, 0, List.of(none), false));
        }
        AtomicBoolean cancelled = imports.begin();
        return CompletableFuture.supplyAsync(() -> {
            BlogSettingsFile.Loaded loaded = imports.settingsFile().load();
            BlogSettings s = loaded.settings();
            RemoteImages remote = new RemoteImages(imports.importer(s), LinkTemplate.of(s.linkTemplate()),
                    RemoteImages.defaultClient(), RemoteImages.DEFAULT_TIMEOUT, ImportSettings.DEFAULT_LARGE_FILE);
            RemoteImages.Outcome outcome = remote.download(text, slug,
                    (done, total) -> imports.fx().execute(() -> imports.setProgress((double) done / total)),
                    cancelled::get);
            return new Fetched(outcome, s.normalizedFolder());
        }, imports.background()).thenApplyAsync(f -> apply(f.outcome(), f.folder(), target),
                imports.fx()).whenCompleteAsync((r, failure) -> {
                    imports.end(cancelled);
                    if (failure != null) {
                        imports.feedback().tell("Downloading the web images failed (" + ImageImports.rootCause(failure)
                                + "); the post was not changed.");
                    }
                }, imports.fx());
    }

    private record Fetched(RemoteImages.Outcome outcome, String folder) {
    }

    private Result apply(RemoteImages.Outcome outcome, String folder, ImageInsertTarget target) {
        String current = target.text();
        String rewritten = outcome.applyTo(current);
        boolean changed = !rewritten.equals(current);
        if (changed) {
            int start = 0;
            int max = Math.min(current.length(), rewritten.length());
            while (start < max && current.charAt(start) == rewritten.charAt(start)) {
                start++;
            }
            int endOld = current.length();
            int endNew = rewritten.length();
            while (endOld > start && endNew > start && current.charAt(endOld - 1) == rewritten.charAt(endNew - 1)) {
                endOld--;
                endNew--;
            }
            target.replace(start, endOld, rewritten.substring(start, endNew));
        }
        int downloaded = outcome.replacements().size();
        List<String> messages = new ArrayList<>();
        String summary = "Downloaded " + downloaded + " of " + outcome.total() + " web image"
                + (outcome.total() == 1 ? "" : "s") + " into " + folder + "/"
                + (outcome.cancelled() ? "; stopped before the rest, whose links were kept." : ".");
        messages.add(summary);
        messages.addAll(outcome.problems());
        messages.forEach(imports.feedback()::tell);
        return new Result(downloaded, outcome.total(), messages, changed);
    }

}
