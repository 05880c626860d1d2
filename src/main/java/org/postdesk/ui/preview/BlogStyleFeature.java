package org.postdesk.ui.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.postdesk.app.BlogSession;
import org.postdesk.core.blog.BlogStylesheets;
import org.postdesk.core.render.BlogStyle;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.PostHooks;

/**
 * View > Blog's Own Style ({@code #menuBlogStyle}): previews posts with the blog's own plain
 * stylesheet (docs/decisions/0021). The item is enabled only when the open blog has one; the
 * choice is remembered per blog in the window settings (a view preference, so it does not go
 * into the blog's {@code .postdesk.yml}, which travels with the blog in git). Finding and
 * reading the stylesheet runs on the task executor; the FX thread only sets the page.
 */
public final class BlogStyleFeature implements PostHooks {

    private final Bench bench;
    private final PreviewPane preview;
    private final CheckMenuItem item;
    private Path root;
    private String css = "";
    private boolean updating;

    private BlogStyleFeature(Bench bench, PreviewPane preview) {
        this.bench = bench;
        this.preview = preview;
        this.item = new CheckMenuItem(
                bench.context().bundle("org.postdesk.ui.shell.messages").getString("menu.view.blogStyle"));
        item.setId("menuBlogStyle");
        item.setDisable(true);
        item.selectedProperty().addListener((obs, was, on) -> {
            if (!updating && root != null) {
                bench.context().settings().putBoolean(key(root), on);
                apply();
            }
        });
    }

    /** Adds the item to the end of the View menu; the caller adds the feature to the post hooks. */
    public static BlogStyleFeature install(Bench bench, PreviewPane preview) {
        BlogStyleFeature feature = new BlogStyleFeature(bench, preview);
        for (Menu menu : bench.window().menuBar().getMenus()) {
            for (MenuItem i : menu.getItems()) {
                if ("menuShowPreview".equals(i.getId())) {
                    menu.getItems().add(feature.item);
                    return feature;
                }
            }
        }
        throw new IllegalStateException("no View menu");
    }

    @Override
    public void blogOpened(BlogSession session) {
        Path blog = session.root();
        if (blog.equals(root)) {
            return;
        }
        root = blog;
        css = "";
        setItem(false, true);
        apply();
        bench.inBackground(() -> load(blog))
                .thenAcceptAsync(loaded -> {
                    if (!blog.equals(root)) {
                        return; // another blog was opened meanwhile
                    }
                    css = loaded;
                    setItem(!css.isEmpty() && bench.context().settings().getBoolean(key(blog), false), css.isEmpty());
                    apply();
                }, Platform::runLater);
    }

    /** The stylesheets' text made safe for the page, joined; {@code ""} when the blog has none. */
    static String load(Path blog) {
        List<Path> sheets = BlogStylesheets.find(blog);
        StringBuilder all = new StringBuilder();
        for (Path sheet : sheets) {
            try {
                all.append(BlogStyle.forPreview(BlogStylesheets.read(sheet), sheet, blog)).append('\n');
            } catch (IOException | RuntimeException e) {
                // an unreadable sheet is left out; the others still apply
            }
        }
        return all.toString().isBlank() ? "" : all.toString();
    }

    private void setItem(boolean selected, boolean disabled) {
        updating = true;
        item.setSelected(selected);
        item.setDisable(disabled);
        updating = false;
    }

    private void apply() {
        preview.setBlogStyle(item.isSelected() && !css.isEmpty() ? css : "");
    }

    /** The settings key for one blog folder (short: preference keys have a length limit). */
    static String key(Path blog) {
        return "blogStyle." + UUID.nameUUIDFromBytes(blog.toString().getBytes(StandardCharsets.UTF_8));
    }
}
