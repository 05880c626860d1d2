package org.postdesk.ui.preview;

import java.lang.System.Logger.Level;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;
import org.postdesk.core.render.html.PreviewBlocks;
import org.postdesk.ui.common.LinkOpener;

/**
 * The preview (node id {@value #NODE_ID}): a WebView that loads the preview page once and then
 * receives each change through one JavaScript call: new HTML, the caret's line, a line to
 * scroll to. Links never navigate the view; they go to the {@link LinkOpener}, or, for links to
 * other posts, to the post opener. The page reaches Java only through one {@link PageBridge}.
 * All methods are for the FX thread.
 */
public final class PreviewPane extends StackPane {

    public static final String NODE_ID = "preview";
    static final String PAGE = "/org/postdesk/preview/preview.html";
    private static final System.Logger LOG = System.getLogger(PreviewPane.class.getName());

    private final WebView webView = new WebView();
    private final WebEngine engine = webView.getEngine();
    private final String pageUrl;
    private final String assets = PreviewAssets.json();
    private final PageBridge bridge; // strong reference: the page keeps only a weak one
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private Consumer<String> onPostLink = path -> { };
    private IntConsumer onLineClicked = line -> { };
    private DoubleConsumer onScrolledByAuthor = line -> { };
    private PreviewBlocks pending;
    private PreviewBlocks shown;
    private boolean patchable; // the page holds exactly the blocks of shown
    private int caretLine = -1;
    private String[] webImageTexts;

    public PreviewPane(LinkOpener opener) {
        this(opener, Objects.requireNonNull(PreviewPane.class.getResource(PAGE), "preview page missing"));
    }

    /** With the preview page at {@code page}: tests load it from a jar, as the packaged app does. */
    PreviewPane(LinkOpener opener, URL page) {
        Objects.requireNonNull(opener);
        this.bridge = new PageBridge(opener, path -> onPostLink.accept(path), line -> onLineClicked.accept(line),
                line -> onScrolledByAuthor.accept(line));
        setId(NODE_ID);
        getStyleClass().add("preview-pane");
        webView.setContextMenuEnabled(false);
        getChildren().add(webView);
        pageUrl = page.toExternalForm();
        engine.setJavaScriptEnabled(true);
        engine.setCreatePopupHandler(features -> null); // window.open and target=_blank: no new windows
        engine.setConfirmHandler(question -> false);
        engine.setPromptHandler(prompt -> null);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> onLoadState(state));
        engine.locationProperty().addListener((obs, old, location) -> onLocation(location));
        engine.load(pageUrl);
    }

    /**
     * Shows an HTML fragment. Before the page has loaded, only the newest fragment is kept.
     * Splits it here: renderers should hand over {@link PreviewBlocks} made on their thread.
     */
    public void show(String html) {
        show(PreviewBlocks.split(Objects.requireNonNull(html)));
    }

    /**
     * Shows a rendered fragment. When the page shows an earlier one, only the blocks that
     * changed are replaced (and the lines of moved blocks shifted); otherwise the whole
     * fragment is sent. Before the page has loaded, only the newest fragment is kept.
     */
    public void show(PreviewBlocks blocks) {
        Objects.requireNonNull(blocks);
        if (!ready.get()) {
            pending = blocks;
            return;
        }
        PreviewBlocks before = shown;
        shown = blocks;
        if (patchable && before != null) {
            PreviewBlocks.Patch patch = PreviewBlocks.diff(before, blocks);
            try {
                if (patch.isEmpty() || Boolean.TRUE.equals(window().call("pdPatch", patch.start(), patch.removed(),
                        patch.html(), patch.inserted(), patch.shiftList(), patch.total()))) {
                    return;
                }
                LOG.log(Level.DEBUG, "preview patch refused, showing the whole fragment: " + patch);
            } catch (RuntimeException e) { // a script error: the page may hold anything now
                LOG.log(Level.WARNING, "preview patch failed, showing the whole fragment: " + patch, e);
            }
        }
        patchable = false;
        // true when the page found every block marker at the top (else updates stay whole)
        patchable = Boolean.TRUE.equals(window().call("pdUpdate", blocks.html(), blocks.size()));
    }

    /** The next {@link #show} sends its whole fragment, as the first one after a page load does; for tests. */
    void forgetShown() {
        shown = null;
        patchable = false;
    }

    /** Marks the block that holds this (0-based body) line, the one under the editor's caret. */
    public void markLine(int line) {
        caretLine = line;
        if (ready.get()) {
            window().call("pdMark", line);
        }
    }

    /** Scrolls so that this (0-based, fractional) body line is at the top of the view. */
    public void scrollToLine(double line) {
        if (ready.get()) {
            window().call("pdScrollTo", line);
        }
    }

    /**
     * The open blog's folder: a clicked {@code file:} link is handed to the system only when its real
     * path lies inside it; {@code null} (no blog): never.
     */
    public void setBlogFolder(Path folder) {
        bridge.setBlogFolder(folder);
    }

    /** Called with a post's path in the blog ({@code _posts/...}) when a link to it is clicked. */
    public void setOnPostLink(Consumer<String> action) {
        onPostLink = Objects.requireNonNull(action);
    }

    /** Called with the block's source line when the author clicks a block (not a link). */
    public void setOnLineClicked(IntConsumer action) {
        onLineClicked = Objects.requireNonNull(action);
    }

    /** Called with the (fractional) source line at the top when the author scrolls the page. */
    public void setOnScrolledByAuthor(DoubleConsumer action) {
        onScrolledByAuthor = Objects.requireNonNull(action);
    }

    /** True once the page has loaded and updates reach it directly. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Runs a script in the page; for tests and diagnostics. */
    public Object executeScript(String script) {
        return engine.executeScript(script);
    }

    /** The text of the shown content as the page renders it. */
    public String renderedText() {
        return ready.get() ? String.valueOf(engine.executeScript("document.getElementById('pd-content').innerText")) : "";
    }

    /** The address of the page the view shows; stays the preview page. */
    public String location() {
        return engine.getLocation();
    }

    /** True while the view shows the preview page (it never navigates elsewhere for long). */
    public boolean showsPreviewPage() {
        String location = engine.getLocation();
        return location != null && isPage(location);
    }

    private void onLoadState(Worker.State state) {
        if (state == Worker.State.SUCCEEDED && isPage(engine.getLocation())) {
            window().call("pdInit", bridge, bridge.token(), assets);
            if (webImageTexts != null) {
                window().call("pdSetWebImageTexts", webImageTexts[0], webImageTexts[1]);
            }
            ready.set(true);
            patchable = false; // a new page holds nothing
            PreviewBlocks next = pending != null ? pending : shown;
            pending = null;
            if (next != null) {
                show(next);
            }
            if (caretLine >= 0) {
                markLine(caretLine);
            }
        } else if (state == Worker.State.FAILED && isPage(engine.getLocation())) {
            LOG.log(Level.WARNING, "preview page failed to load", engine.getLoadWorker().getException());
        }
    }

    /**
     * Last line of defence if something starts to navigate despite the page's click and submit
     * listeners: the load is cancelled at once and, should the page have been left, loaded again.
     * Nothing is opened: only a click the page reported opens anything.
     */
    private void onLocation(String location) {
        if (location == null || location.isEmpty() || isPage(location)) {
            return;
        }
        LOG.log(Level.WARNING, "preview navigation to " + location + " cancelled");
        ready.set(false);
        patchable = false;
        engine.getLoadWorker().cancel();
        Platform.runLater(() -> engine.load(pageUrl));
    }

    /** WebKit writes file URLs as file:///..., Java as file:/...; compare them canonically. */
    private boolean isPage(String location) {
        if (location == null) {
            return false;
        }
        int hash = location.indexOf('#');
        String withoutFragment = hash < 0 ? location : location.substring(0, hash);
        try {
            return pageUrl.equals(new URL(withoutFragment).toExternalForm());
        } catch (MalformedURLException e) {
            return false;
        }
    }

    /**
     * How a web image that does not load is shown (decision record 0031): instead of an empty
     * frame, {@code sentence} and a link {@code action} that runs {@link #setOnDownloadWebImages}.
     */
    public void setWebImageTexts(String sentence, String action) {
        webImageTexts = new String[] {Objects.requireNonNull(sentence), Objects.requireNonNull(action)};
        if (ready.get()) {
            window().call("pdSetWebImageTexts", sentence, action);
        }
    }

    /** What the web-image placeholder's link does (Insert > Download Web Images). */
    public void setOnDownloadWebImages(Runnable action) {
        bridge.setOnDownloadWebImages(action);
    }

    private JSObject window() {
        return (JSObject) engine.executeScript("window");
    }

    // The blog's own stylesheet (docs/decisions/0021): CSS text made safe by core.render.BlogStyle,
    // applied again after every page load; "" shows the preview's own reading style.
    private String blogCss = "";
    private boolean blogCssFollowsLoads;

    /** Shows the preview with this stylesheet text instead of its own reading style; {@code ""} goes back. */
    public void setBlogStyle(String css) {
        blogCss = Objects.requireNonNull(css);
        if (!blogCssFollowsLoads) {
            blogCssFollowsLoads = true;
            ready.addListener((obs, was, now) -> {
                if (now) {
                    window().call("pdSetBlogStyle", blogCss);
                }
            });
        }
        if (ready.get()) {
            window().call("pdSetBlogStyle", blogCss);
        }
    }

    /** Whether the page shows a blog's own stylesheet now. */
    public boolean showsBlogStyle() {
        return ready.get() && Boolean.TRUE.equals(engine.executeScript(
                "document.documentElement.classList.contains('pd-blog-style')"));
    }

    // Light or dark page (decision 0014): one class on <html>, applied again after every page load.
    private boolean dark;
    private boolean followsLoads;

    /** Shows the page in dark or light colours by toggling the {@code dark} class on {@code <html>}. */
    public void setDark(boolean dark) {
        this.dark = dark;
        if (!followsLoads) {
            followsLoads = true;
            ready.addListener((obs, was, now) -> {
                if (now) {
                    applyDark();
                }
            });
        }
        if (ready.get()) {
            applyDark();
        }
    }

    /** Whether the page shows dark colours now (false before it has loaded). */
    public boolean showsDark() {
        return ready.get() && Boolean.TRUE.equals(engine.executeScript(
                "document.documentElement.classList.contains('dark')"));
    }

    private void applyDark() {
        engine.executeScript("document.documentElement.classList.toggle('dark', " + dark + ")");
    }
}
