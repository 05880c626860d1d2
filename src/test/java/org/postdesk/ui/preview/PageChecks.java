package org.postdesk.ui.preview;

import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import netscape.javascript.JSObject;
import org.postdesk.attack.AttackBlog;
import org.postdesk.attack.FileReadRecorder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a hostile post may not achieve in the preview page, checked in the real WebView: a script
 * of its own that ran (it would set {@code window.pwned} or change the title), something shown
 * whose source is outside the blog (from the DOM), a file outside the blog read (from the
 * {@link FileReadRecorder}).
 */
final class PageChecks {

    private static final String TITLE = "Preview";

    /**
     * Every URL the content asks WebKit to load, loaded or not: images, SVG references, CSS url()s,
     * frames and media. Not only the loaded ones: a file: URL of a folder shows nothing, yet WebKit
     * lists the folder and opens every file in it (seen with strace; no read event, docs/decisions/0025).
     */
    private static final String USED_URLS = """
            (function () {
              var out = [];
              var content = document.getElementById('pd-content');
              var props = ['backgroundImage', 'listStyleImage', 'borderImageSource', 'content', 'cursor',
                'webkitMaskImage', 'webkitBorderImage', 'maskImage', 'filter', 'clipPath', 'shapeOutside'];
              function css(el, pseudo) {
                var s = window.getComputedStyle(el, pseudo);
                props.forEach(function (p) {
                  var v = s[p];
                  var re = /url\\(\\s*["']?([^"')]*)/g, m;
                  while (v && (m = re.exec(v))) {
                    if (m[1].charAt(0) !== '#') { out.push('css ' + p + (pseudo || '') + ' ' + m[1]); }
                  }
                });
              }
              document.querySelectorAll('img, input').forEach(function (i) {
                if (i.src) { out.push(i.tagName.toLowerCase() + ' ' + i.src); }
                if (i.currentSrc && i.currentSrc !== i.src) { out.push(i.tagName.toLowerCase() + ' ' + i.currentSrc); }
              });
              content.querySelectorAll('*').forEach(function (el) {
                css(el, null); css(el, '::before'); css(el, '::after');
                var h = el.getAttribute('href') || el.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
                if (h && el.namespaceURI === 'http://www.w3.org/2000/svg' && h.charAt(0) !== '#') {
                  out.push('svg ' + el.tagName + ' ' + new URL(h, document.baseURI).href);
                }
                var t = el.tagName.toLowerCase();
                if (['iframe', 'frame', 'embed', 'object', 'video', 'audio', 'source', 'track', 'link'].indexOf(t) >= 0) {
                  ['src', 'href', 'data', 'poster'].forEach(function (a) {
                    var u = el.getAttribute(a);
                    if (u) { out.push(t + ' ' + a + ' ' + new URL(u, document.baseURI).href); }
                  });
                }
              });
              return out.join('\\n');
            })()""";

    private final AttackBlog attack;
    private final PreviewPane preview;
    private final String pageFolder;
    private final List<Path> runtime;
    private final List<Path> pageAssets = new ArrayList<>();

    PageChecks(AttackBlog attack, PreviewPane preview) {
        this.attack = attack;
        this.preview = preview;
        String page = fx(preview::location);
        this.pageFolder = page.startsWith("file:") ? Path.of(URI.create(page)).getParent().toString() : null;
        String home = System.getProperty("user.home");
        this.runtime = List.of(Path.of(System.getProperty("java.home")), Path.of(home, ".openjfx"), Path.of(home, ".m2"),
                Path.of("target").toAbsolutePath(), Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of("/etc/fonts"), Path.of("/var/cache/fontconfig"), Path.of("/etc/java-17-openjdk"),
                Path.of("/etc/java-25-openjdk"), Path.of("/dev/urandom"), Path.of("/dev/random"));
        if (pageFolder != null) {
            pageAssets.add(Path.of(pageFolder));
        }
        Matcher jar = Pattern.compile("jar:(file:[^!\"]*)!").matcher(PreviewAssets.json());
        while (jar.find()) {
            pageAssets.add(Path.of(URI.create(jar.group(1))));
        }
    }

    /** Waits until every image of the page has loaded or failed, and a moment longer for CSS. */
    void waitUntilIdle(String what) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(fx(() -> preview.executeScript(
                    "Array.prototype.every.call(document.images, function (i) { return i.complete; })"))));
        } catch (TimeoutException e) {
            throw new AssertionError("the images of " + what + " never finished loading", e);
        }
        WaitForAsyncUtils.sleep(30, TimeUnit.MILLISECONDS); // CSS loads have no event; late reads still name their vector
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the page holds now that it should not: a post script's marks, sources outside the blog. */
    List<String> afterShow(String step) {
        List<String> found = new ArrayList<>();
        Object pwned = fx(() -> preview.executeScript("typeof window.pwned === 'undefined' ? '' : String(window.pwned)"));
        if (!"".equals(pwned)) {
            found.add(step + ": a script of the post ran (window.pwned = " + pwned + ")");
        }
        Object title = fx(() -> preview.executeScript("document.title"));
        if (!TITLE.equals(title)) {
            found.add(step + ": a script of the post ran (the title is now " + title + ")");
        }
        if (!fx(preview::showsPreviewPage)) {
            found.add(step + ": the view left the preview page for " + fx(preview::location));
        }
        String used = String.valueOf(fx(() -> preview.executeScript(USED_URLS)));
        for (String line : used.split("\n")) {
            int space = line.lastIndexOf(' ');
            if (space > 0 && isOutside(line.substring(space + 1))) {
                found.add(step + ": the page asks for " + line);
            }
        }
        fxRun(() -> preview.executeScript("delete window.pwned; document.title = '" + TITLE + "'"));
        return found;
    }

    /**
     * Each recorded read or write outside the blog that is not the runtime's own, named with the
     * step that caused it: a file under a step's attack folder belongs to that step's vector (the
     * latest of its steps begun before the read), any other file to the step under way at the time.
     */
    List<String> outsideReads(List<FileReadRecorder.Read> reads, List<PreviewAttackUiTest.Step> steps) {
        List<String> found = new ArrayList<>();
        for (FileReadRecorder.Read read : reads) {
            if (read.path() == null) {
                continue;
            }
            Path path = Path.of(read.path()).toAbsolutePath().normalize();
            List<PreviewAttackUiTest.Step> own = steps.stream().filter(s -> path.startsWith(s.blog().root())).toList();
            if (!own.isEmpty()) {
                if (own.get(0).blog().isOutsideBlog(path)) {
                    found.add(stepAt(read, own) + ": " + read);
                }
                continue;
            }
            // a resource the page fetched may come only from the page's own files; anything else read
            // on the page's behalf (system fonts for fallback, a web font's copy) only from the runtime's
            boolean fetched = read.byPage() && read.origin().startsWith("com.sun.webkit.network.");
            boolean ours = fetched ? pageAssets.stream().anyMatch(path::startsWith)
                    : runtime.stream().anyMatch(path::startsWith) || isWebFontCopy(path);
            if (!ours) {
                found.add(stepAt(read, steps) + ": " + read);
            }
        }
        return found;
    }

    /** Where on the screen the element with this id is, scrolled into view: for real clicks. */
    Point2D centreOf(String elementId) {
        return fx(() -> {
            preview.executeScript("document.getElementById('" + elementId + "').scrollIntoView()");
            JSObject rect = (JSObject) preview.executeScript(
                    "document.getElementById('" + elementId + "').getBoundingClientRect()");
            double x = ((Number) rect.getMember("left")).doubleValue() + ((Number) rect.getMember("width")).doubleValue() / 2;
            double y = ((Number) rect.getMember("top")).doubleValue() + ((Number) rect.getMember("height")).doubleValue() / 2;
            return preview.getChildren().get(0).localToScreen(x, y);
        });
    }

    /** JavaFX keeps each web font it has loaded in a temporary file of this name while the page uses it. */
    private static boolean isWebFontCopy(Path path) {
        return path.getParent() != null && path.getParent().equals(Path.of(System.getProperty("java.io.tmpdir")))
                && path.getFileName().toString().matches("\\+JXF\\d+\\.tmp");
    }

    private static String stepAt(FileReadRecorder.Read read, List<PreviewAttackUiTest.Step> steps) {
        String at = steps.isEmpty() ? "before the first step" : steps.get(0).name();
        for (PreviewAttackUiTest.Step step : steps) {
            if (!read.at().isBefore(step.from())) {
                at = step.name();
            }
        }
        return at;
    }

    /** Whether a URL the page uses names a local file outside the blog (any jar: counts as outside). */
    private boolean isOutside(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jar:")) {
            return true;
        }
        if (!lower.startsWith("file:")) {
            return false;
        }
        try {
            return attack.isOutsideBlog(Path.of(new URI(url)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return true; // a file URL we cannot read as a path: count it
        }
    }
}
