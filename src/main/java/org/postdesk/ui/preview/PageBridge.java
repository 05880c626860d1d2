package org.postdesk.ui.preview;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import org.postdesk.ui.common.LinkOpener;

/**
 * The only Java object the preview page can call, handed to the page's own script once per
 * page load and kept in that script's closure (never a global). Each method takes the token of
 * the page load it was given to, takes only strings, and does nothing but pass one value on:
 * a link address, a post path, a source line. Public with public methods because WebKit calls
 * them by reflection; {@link PreviewPane} holds it in a field, since the page holds only a weak
 * reference.
 */
public final class PageBridge {

    private final String token;
    private final LinkOpener opener;
    private final Consumer<String> postOpener;
    private final IntConsumer clickedLine;
    private final DoubleConsumer scrolledLine;
    private Path blogFolder;
    private Runnable downloadWebImages = () -> { };

    PageBridge(LinkOpener opener, Consumer<String> postOpener, IntConsumer clickedLine, DoubleConsumer scrolledLine) {
        this.opener = Objects.requireNonNull(opener);
        this.postOpener = Objects.requireNonNull(postOpener);
        this.clickedLine = Objects.requireNonNull(clickedLine);
        this.scrolledLine = Objects.requireNonNull(scrolledLine);
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        this.token = HexFormat.of().formatHex(bytes);
    }

    String token() {
        return token;
    }

    /** A link other than an in-page anchor was clicked: its absolute address. */
    public void openLink(String pageToken, String url) {
        if (valid(pageToken) && url != null && !url.isBlank() && isOpenable(url)) {
            opener.open(url);
        }
    }

    /** A link to another post was clicked: the post's path in the blog ({@code _posts/...md}). */
    public void openPost(String pageToken, String path) {
        if (valid(pageToken) && path != null && !path.isBlank()) {
            postOpener.accept(path);
        }
    }

    /** "Download Web Images" was clicked on a web image the preview could not load (decision record 0031). */
    public void downloadWebImages(String pageToken, String unused) {
        if (valid(pageToken)) {
            downloadWebImages.run();
        }
    }

    void setOnDownloadWebImages(Runnable action) {
        downloadWebImages = Objects.requireNonNull(action);
    }

    /** A block (not a link) was clicked: its source line. */
    public void clicked(String pageToken, String line) {
        if (valid(pageToken)) {
            parse(line, value -> clickedLine.accept((int) value));
        }
    }

    /** The author scrolled the page: the source line now at its top (fractional). */
    public void scrolled(String pageToken, String line) {
        if (valid(pageToken)) {
            parse(line, scrolledLine);
        }
    }

    /** The blog whose files a {@code file:} link may open; {@code null}: none. */
    void setBlogFolder(Path folder) {
        blogFolder = folder;
    }

    /**
     * Only addresses the system browser or mail program should see: web, mail, and files whose real
     * path (links resolved) lies inside the blog's real folder. The renderer removes {@code file:}
     * URLs outside the blog already; this is the second wall (docs/decisions/0025), since the
     * program the system opens a file with would read it.
     */
    boolean isOpenable(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                || lower.startsWith("ftp://") || lower.startsWith("tel:")) {
            return true;
        }
        return lower.startsWith("file:") && isInsideBlog(url.strip());
    }

    private boolean isInsideBlog(String fileUrl) {
        Path folder = blogFolder;
        if (folder == null) {
            return false;
        }
        try {
            return Path.of(new URI(fileUrl)).toRealPath().startsWith(folder.toRealPath());
        } catch (URISyntaxException | IllegalArgumentException | IOException | SecurityException e) {
            return false; // not a plain local file, or missing: nothing to open
        }
    }

    private boolean valid(String pageToken) {
        return token.equals(pageToken) && Platform.isFxApplicationThread();
    }

    private static void parse(String number, DoubleConsumer to) {
        try {
            double value = Double.parseDouble(number);
            if (Double.isFinite(value) && value >= 0) {
                to.accept(value);
            }
        } catch (NumberFormatException | NullPointerException ignored) {
            // not from our script
        }
    }
}
