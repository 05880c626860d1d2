package org.postdesk.ui.preview;

import java.lang.System.Logger.Level;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

/**
 * The preview (node id {@value #NODE_ID}): a WebView that loads the preview page once and then
 * receives each new HTML fragment through one JavaScript call, so the scroll position holds and
 * nothing flickers. Links never navigate the view; they go to the {@link LinkOpener}.
 * All methods are for the FX thread.
 */
public final class PreviewPane extends StackPane {

    public static final String NODE_ID = "preview";
    static final String PAGE = "/org/postdesk/preview/preview.html";
    private static final System.Logger LOG = System.getLogger(PreviewPane.class.getName());

    private final WebView webView = new WebView();
    private final WebEngine engine = webView.getEngine();
    private final String pageUrl;
    private final LinkBridge bridge; // strong reference: the page keeps only a weak one
    private final LinkOpener opener;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private String pending;
    private String shown;

    public PreviewPane(LinkOpener opener) {
        this.opener = Objects.requireNonNull(opener);
        this.bridge = new LinkBridge(opener);
        setId(NODE_ID);
        getStyleClass().add("preview-pane");
        webView.setContextMenuEnabled(false);
        getChildren().add(webView);
        URL page = Objects.requireNonNull(PreviewPane.class.getResource(PAGE), "preview page missing");
        pageUrl = page.toExternalForm();
        engine.setJavaScriptEnabled(true);
        engine.setCreatePopupHandler(features -> null); // window.open and target=_blank: no new windows
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> onLoadState(state));
        engine.locationProperty().addListener((obs, old, location) -> onLocation(location));
        engine.load(pageUrl);
    }

    /** Shows an HTML fragment. Before the page has loaded, only the newest fragment is kept. */
    public void show(String html) {
        Objects.requireNonNull(html);
        if (ready.get()) {
            push(html);
        } else {
            pending = html;
        }
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
            JSObject window = (JSObject) engine.executeScript("window");
            window.setMember("pdBridge", bridge);
            ready.set(true);
            String next = pending != null ? pending : shown;
            pending = null;
            if (next != null) {
                push(next);
            }
        } else if (state == Worker.State.FAILED) {
            LOG.log(Level.WARNING, "preview page failed to load", engine.getLoadWorker().getException());
        }
    }

    /**
     * Last line of defence when something navigates despite the click listener (a script, a
     * form): hand the address to the opener and load the preview page again.
     */
    private void onLocation(String location) {
        if (location == null || location.isEmpty() || isPage(location)) {
            return;
        }
        ready.set(false);
        new LinkBridge(opener).openLink(location);
        javafx.application.Platform.runLater(() -> engine.load(pageUrl));
    }

    /** WebKit writes file URLs as file:///..., Java as file:/...; compare them canonically. */
    private boolean isPage(String location) {
        int hash = location.indexOf('#');
        String withoutFragment = hash < 0 ? location : location.substring(0, hash);
        try {
            return pageUrl.equals(new URL(withoutFragment).toExternalForm());
        } catch (MalformedURLException e) {
            return false;
        }
    }

    private void push(String html) {
        shown = html;
        JSObject window = (JSObject) engine.executeScript("window");
        window.call("pdUpdate", html);
    }

    // Light or dark page (issue 7): one class on <html>, applied again after every page load.
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
