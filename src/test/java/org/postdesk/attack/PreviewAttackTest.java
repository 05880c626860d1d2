package org.postdesk.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postdesk.cli.Cli;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.blog.PreviewContext;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.PreviewRenderer;

/**
 * Every hostile post body in {@code src/test/resources/attacks/} rendered through the real
 * pipeline, as the window builds its request (the blog's preview context) and as the CLI's
 * {@code render} prints it; the output is parsed as a browser would (jsoup) and must hold no
 * script, no handler, no dangerous scheme, no element that loads or navigates on its own, and
 * no URL (attribute, {@code srcset} candidate or CSS {@code url()}) that reaches a file outside
 * the blog's real root. The author's own words ({@code KEPT...} in the vectors) must survive.
 */
class PreviewAttackTest {

    private static final PreviewRenderer RENDERER = JekyllEngines.previewRenderer();
    private static final Pattern KEPT = Pattern.compile("KEPT[A-Za-z0-9]+");
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)");
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster", "background", "action",
            "formaction", "data", "xlink:href", "cite", "longdesc", "lowsrc", "dynsrc", "ping", "manifest", "icon",
            "codebase", "usemap", "itemtype", "profile", "archive", "classid");
    private static final List<String> FORBIDDEN_ELEMENTS = List.of("script", "base", "meta", "link", "object",
            "embed", "applet", "frame", "frameset", "portal", "style", "form", "svg", "math", "noscript", "xmp",
            "noembed", "noframes", "plaintext", "template", "textarea", "title", "param");

    private static Path dir;
    private static AttackBlog blog;
    private static PreviewContext context;

    @BeforeAll
    static void build() throws Exception {
        dir = Files.createTempDirectory("pd-attack");
        blog = AttackBlog.create(dir);
        for (AttackBlog.Vector v : blog.vectors()) {
            blog.write(v);
        }
        BlogFolder folder = BlogFolder.open(blog.blog());
        var pool = Executors.newSingleThreadExecutor();
        try {
            List<PostSummary> posts = new PostIndex(folder).scan(pool, PostIndex.Progress.none()).get();
            context = new PreviewContext(folder, posts);
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static List<AttackBlog.Vector> vectors() throws IOException {
        Path tmp = Files.createTempDirectory("pd-attack-list");
        try {
            return AttackBlog.create(tmp).vectors();
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theTableHoldsSixtyVectorsOrMore() throws IOException {
        assertThat(vectors()).hasSizeGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void thePreviewAsTheWindowBuildsItIsSafe(AttackBlog.Vector vector) throws Exception {
        Path post = blog.post(vector.name());
        PostDocument doc = PostFiles.read(post);
        FrontMatterDocument fm = FrontMatterDocument.parse(doc.frontMatter());
        Map<String, Object> page = fm.toPageMap();
        String html = RENDERER.render(context.request(context.blog().relativize(post), doc.bodyForEditor(), page))
                .html();
        assertSafe(vector, html);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void theCliRenderIsSafe(AttackBlog.Vector vector) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli().run(new String[] {"render", blog.post(vector.name()).toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertSafe(vector, out.toString(StandardCharsets.UTF_8));
    }

    /** The checks themselves must catch what they are for: a hostile fragment fails each one. */
    @Test
    void theChecksCatchHostileOutput() {
        String o = blog.outside().toUri().toString();
        List<String> hostile = List.of("<script>x</script>", "<p onclick=\"x\">p</p>", "<a href=\"javascript:x\">a</a>",
                "<img src=\"" + o + "secret.png\">", "<div style=\"background:url(" + o + "secret.png)\">d</div>",
                "<img srcset=\"" + o + "secret.png 2x\">", "<img src=\"../../x.png\">", "<meta http-equiv=refresh>",
                "<iframe src=\"file:///etc/passwd\"></iframe>", "<a href=\"data:text/html,x\">d</a>",
                "<img src=\"" + blog.blog().toUri() + "img/link-out.png\">",
                "<div style=\"background:url(\\66 ile:///etc/passwd)\">d</div>");
        for (String h : hostile) {
            assertThat(problems(h)).as(h).isNotEmpty();
        }
        assertThat(problems("<img src=\"" + blog.blog().toUri() + "img/ok.png\"><a href=\"https://x.org/\">x</a>"
                + "<img src=\"data:image/png;base64,AA==\"><a href=\"#top\">t</a>")).isEmpty();
    }

    private static void assertSafe(AttackBlog.Vector vector, String html) {
        assertThat(problems(html)).as("%s rendered as:%n%s", vector.name(), html).isEmpty();
        String text = Jsoup.parseBodyFragment(html).body().text();
        Matcher m = KEPT.matcher(vector.text());
        while (m.find()) {
            assertThat(text).as("the author's words in %s:%n%s", vector.name(), html).contains(m.group());
        }
    }

    /** What is wrong with a rendered fragment, one sentence each; empty when it is safe. */
    static List<String> problems(String html) {
        List<String> out = new ArrayList<>();
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().getAllElements()) {
            String tag = e.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                out.add("element <" + tag + ">");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue();
                String compact = compact(value).toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("srcdoc")) {
                    out.add("attribute " + name + " on <" + tag + ">");
                }
                if (compact.contains("javascript:") || compact.contains("vbscript:") || compact.contains("data:text")) {
                    out.add("dangerous scheme in " + name + "=" + value);
                }
                if (URL_ATTRIBUTES.contains(name)) {
                    checkUrl(out, tag, name, value);
                } else if (name.endsWith("srcset")) {
                    for (String candidate : value.split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) {
                            checkUrl(out, tag, name, url);
                        }
                    }
                } else if (name.equals("style")) {
                    checkCss(out, tag, value);
                }
            }
            if (tag.equals("style")) {
                checkCss(out, tag, e.data());
            }
            if (tag.equals("iframe") && !e.attr("src").isEmpty() && !e.attr("src").matches("(?i)https?:.*")) {
                out.add("iframe on " + e.attr("src"));
            }
        }
        return out;
    }

    private static void checkCss(List<String> out, String tag, String css) {
        String plain = unescapeCss(css);
        String lower = plain.toLowerCase(Locale.ROOT);
        if (lower.contains("@import") || lower.contains("expression(") || lower.contains("-moz-binding")
                || lower.contains("behavior")) {
            out.add("CSS that loads or runs on <" + tag + ">: " + css);
        }
        Matcher m = CSS_URL.matcher(plain);
        while (m.find()) {
            checkUrl(out, tag, "style url()", m.group(2).strip());
        }
        if (lower.contains("image-set(") && lower.matches("(?s).*image-set\\(\\s*['\"].*")) {
            out.add("image-set with a string on <" + tag + ">");
        }
    }

    /** Allowed: http(s), mailto/tel/ftp links, data:image, a fragment, or a file: URL whose real path is in the blog. */
    private static void checkUrl(List<String> out, String tag, String attr, String value) {
        String url = compact(value);
        String lower = url.toLowerCase(Locale.ROOT);
        if (url.isEmpty() || url.startsWith("#") || lower.startsWith("http://") || lower.startsWith("https://")
                || lower.startsWith("data:image/")) {
            return;
        }
        if (attr.equals("href") && (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("ftp:"))) {
            return;
        }
        if (lower.startsWith("file:")) {
            try {
                String noFragment = url.replaceFirst("[#?].*$", "");
                Path p = Path.of(URI.create(noFragment));
                if (!blog.isOutsideBlog(p)) {
                    return;
                }
                out.add("file outside the blog in " + attr + " of <" + tag + ">: " + value);
            } catch (RuntimeException e) {
                out.add("unreadable file URL in " + attr + " of <" + tag + ">: " + value);
            }
            return;
        }
        out.add("URL that is neither web, image data nor a file in the blog in " + attr + " of <" + tag + ">: " + value);
    }

    /** Drops what browsers ignore in URLs: ASCII whitespace and control characters. */
    private static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x20 && c != 0x7F) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** CSS escapes ({@code \66 } and {@code \f}) replaced by the characters they stand for. */
    private static String unescapeCss(String css) {
        StringBuilder sb = new StringBuilder(css.length());
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c != '\\' || i + 1 >= css.length()) {
                sb.append(c);
                continue;
            }
            int j = i + 1;
            int hex = 0;
            while (j < css.length() && j < i + 7 && Character.digit(css.charAt(j), 16) >= 0) {
                hex = hex * 16 + Character.digit(css.charAt(j), 16);
                j++;
            }
            if (j > i + 1) {
                sb.appendCodePoint(hex == 0 || hex > 0x10FFFF ? 0xFFFD : hex);
                if (j < css.length() && Character.isWhitespace(css.charAt(j))) {
                    j++;
                }
                i = j - 1;
            } else {
                sb.append(css.charAt(j));
                i = j;
            }
        }
        return sb.toString();
    }
}
