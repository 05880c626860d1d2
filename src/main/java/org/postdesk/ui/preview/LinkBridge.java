package org.postdesk.ui.preview;

/**
 * The object the preview page calls when a link is clicked. Public with a public method because
 * WebKit reaches it by reflection; {@link PreviewPane} holds it in a field, since the page holds
 * only a weak reference.
 */
public final class LinkBridge {

    private final LinkOpener opener;

    LinkBridge(LinkOpener opener) {
        this.opener = opener;
    }

    /** Called from the page's click listener with the link's absolute address. */
    public void openLink(String url) {
        if (url != null && !url.isBlank() && !url.regionMatches(true, 0, "javascript:", 0, 11)) {
            opener.open(url);
        }
    }
}
