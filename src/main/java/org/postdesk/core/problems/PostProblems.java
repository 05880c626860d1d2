package org.postdesk.core.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.frontmatter.FieldKind;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.render.CheckRequest;
import org.postdesk.core.render.ImageLink;
import org.postdesk.core.render.LocalLinkChecker;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.SiteTarget;
import org.postdesk.core.render.SiteUrlResolver;
import org.postdesk.core.render.TemplatePass;

/**
 * The problems of one post, each with its place in the file and, when there is an obvious one, its
 * repair (decision record 0031): what {@code postdesk check} knows (broken and wrong-case image
 * links, front matter that does not parse, names Jekyll ignores) plus links into a local export
 * folder, web images and Liquid errors. A pure function of the text and the blog's answers;
 * thread-safe, meant to run off the FX thread.
 */
public final class PostProblems {

    private static final Pattern LIQUID_LINE = Pattern.compile("^Liquid error on line (\\d+): (.*)$", Pattern.DOTALL);

    private final LocalLinkChecker links;
    private final TemplatePass liquid;

    /**
     * @param template the site's template pass (Liquid for Jekyll) and
     * @param flavour  its Markdown flavour, which reads the image links, as its adapter chooses them (decision record 0029)
     */
    public PostProblems(TemplatePass template, MarkdownFlavour flavour) {
        this.liquid = template;
        this.links = new LocalLinkChecker(template, flavour);
    }

    /** The problems of {@code post}, in file order. */
    public List<Problem> find(PostText post, BlogView blog) {
        LineIndex lines = new LineIndex(post.text());
        List<Problem> out = new ArrayList<>();
        FrontMatterDocument fm = FrontMatterDocument.parse(post.frontMatter(), post.format(), List.of());
        fm.problem().ifPresent(p -> {
            int line = Math.max(post.frontMatterFirstLine(), p.line() + post.frontMatterFirstLine() - 1);
            out.add(wholeLine(lines, line, Problem.Kind.FRONT_MATTER_BROKEN, Problem.Severity.ERROR,
                    List.of(p.message()), null));
        });
        for (BlogView.NameNote note : blog.nameNotes()) {
            Repair rename = note.kind() == Problem.Kind.IGNORED_NAME && blog.suggestedName() != null
                    ? new Repair(Repair.Kind.RENAME, 0, 0, "", blog.suggestedName()) : null;
            Problem.Severity severity = note.kind() == Problem.Kind.BAD_DATE ? Problem.Severity.ERROR
                    : Problem.Severity.WARNING;
            out.add(wholeLine(lines, Math.max(1, note.line()), note.kind(), severity, List.of(note.message()),
                    rename));
        }
        fm.get("date").filter(f -> f.kind() != FieldKind.DATE && f.kind() != FieldKind.EMPTY).ifPresent(f ->
                out.add(wholeLine(lines, f.line() + post.frontMatterFirstLine() - 1, Problem.Kind.BAD_DATE,
                        Problem.Severity.ERROR, List.of("The date \"" + f.rawText() + "\" is not a date Jekyll can read,"
                                + " so the build stops with \"Invalid date\"."), null)));
        Map<String, Object> page = fm.isValid() ? fm.toPageMap() : Map.of();
        CheckRequest request = new CheckRequest(post.frontMatter(), post.frontMatterFirstLine(), page, post.body(),
                post.bodyFirstLine(), blog.site(), blog.files());
        List<ImageSpans.Span> spans = ImageSpans.find(post.text(), post.bodyStart(), post.text().length());
        TemplatePass.Context context = new TemplatePass.Context(page, blog.site(), SiteLinks.NONE);
        SiteUrlResolver resolver = new SiteUrlResolver(blog.site(), blog.files(), null);
        Function<String, SiteTarget> leadsTo = link -> resolver.resolve(link.contains("{")
                ? liquid.apply(link, context).text() : link);
        new LinkProblems(post, blog, lines, spans, leadsTo).collect(links.images(request, true), out);
        liquidErrors(post, page, blog, lines, out);
        out.sort(Comparator.comparingInt(Problem::start).thenComparing(Problem::kind));
        return out;
    }

    private void liquidErrors(PostText post, Map<String, Object> page, BlogView blog, LineIndex lines,
            List<Problem> out) {
        String body = post.body();
        if (body.indexOf("{%") < 0 && body.indexOf("{{") < 0) {
            return;
        }
        TemplatePass.Result result = liquid.apply(body, new TemplatePass.Context(page, blog.site(), SiteLinks.NONE));
        for (String note : result.notes()) {
            Matcher m = LIQUID_LINE.matcher(note);
            if (m.matches()) {
                out.add(wholeLine(lines, post.bodyFirstLine() + Integer.parseInt(m.group(1)) - 1,
                        Problem.Kind.LIQUID_ERROR, Problem.Severity.WARNING, List.of(m.group(2)), null));
            }
        }
    }

    static Problem wholeLine(LineIndex lines, int line, Problem.Kind kind, Problem.Severity severity,
            List<String> args, Repair repair) {
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line);
        return new Problem(kind, severity, start, end, lines.line(start), 1, lines.line(end), args,
                repair == null || repair.isTextEdit() ? repair : new Repair(repair.kind(), start, end, "",
                        repair.replacement()));
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** A link as a sentence shows it: at most 60 characters, the middle left out (the ends tell links apart). */
    static String shorten(String link) {
        if (link.codePointCount(0, link.length()) <= 60) {
            return link;
        }
        int[] cps = link.codePoints().toArray();
        return new String(cps, 0, 26) + "\u2026" + new String(cps, cps.length - 30, 30);
    }

    /** Whether a URL written in a post looks pasted from a folder on the author's computer. */
    static boolean looksExported(String url) {
        String u = url.strip();
        return u.indexOf('\\') >= 0 || u.indexOf('\n') >= 0 || u.indexOf('\r') >= 0
                || u.toLowerCase(Locale.ROOT).startsWith("file:")
                || (u.length() > 2 && Character.isLetter(u.charAt(0)) && u.charAt(1) == ':');
    }

    /** The checked links turned into problems, placed on their spans. */
    private record LinkProblems(PostText post, BlogView blog, LineIndex lines, List<ImageSpans.Span> spans,
            Function<String, SiteTarget> leadsTo) {

        void collect(List<ImageLink> images, List<Problem> out) {
            for (ImageLink link : images) {
                SiteTarget t = link.target();
                boolean header = link.source() == ImageLink.Source.FRONT_MATTER;
                Problem.Kind kind = kindOf(link, header);
                if (kind == null) {
                    continue;
                }
                int[] span = header ? headerSpan(link) : bodySpan(link);
                String shown = shorten(link.written().replaceAll("\\R", " "));
                Repair repair = repair(kind, link, span, header);
                List<String> args = switch (kind) {
                    case IMAGE_WRONG_CASE, HEADER_IMAGE_WRONG_CASE -> List.of(shown, orElse(t.realPath(), shown));
                    case IMAGE_MISSING, HEADER_IMAGE_MISSING -> List.of(shown, orElse(t.relPath(), shown));
                    case IMAGE_OUTSIDE -> List.of(shown, t.note() == null ? "" : t.note());
                    default -> List.of(shown);
                };
                Problem.Severity severity = kind == Problem.Kind.WEB_IMAGE ? Problem.Severity.INFO
                        : Problem.Severity.ERROR;
                out.add(new Problem(kind, severity, span[0], span[1], lines.line(span[0]), lines.column(span[0]),
                        lines.line(span[1]), args, repair));
            }
        }

        private static Problem.Kind kindOf(ImageLink link, boolean header) {
            SiteTarget t = link.target();
            return switch (t.kind()) {
                case FILE, BROKEN_TAG -> null;
                case EXTERNAL -> isWeb(link.written()) ? Problem.Kind.WEB_IMAGE : null;
                case WRONG_CASE -> header ? Problem.Kind.HEADER_IMAGE_WRONG_CASE : Problem.Kind.IMAGE_WRONG_CASE;
                case MISSING -> header ? Problem.Kind.HEADER_IMAGE_MISSING
                        : looksExported(link.written()) || link.multiLine() ? Problem.Kind.IMAGE_EXPORT_PATH
                        : Problem.Kind.IMAGE_MISSING;
                case OUTSIDE -> header ? Problem.Kind.HEADER_IMAGE_MISSING
                        : looksExported(link.written()) ? Problem.Kind.IMAGE_EXPORT_PATH : Problem.Kind.IMAGE_OUTSIDE;
            };
        }

        private static boolean isWeb(String url) {
            String u = url.strip().toLowerCase(Locale.ROOT);
            return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("//");
        }

        private Repair repair(Problem.Kind kind, ImageLink link, int[] span, boolean header) {
            if (span[2] == 0) {
                return null; // the link could not be placed exactly (Liquid made it): no edit is safe
            }
            String written = post.text().substring(span[0], span[1]);
            SiteTarget t = link.target();
            switch (kind) {
                case WEB_IMAGE:
                    return header ? null : new Repair(Repair.Kind.DOWNLOAD, span[0], span[1], written, link.written().strip());
                case IMAGE_WRONG_CASE, HEADER_IMAGE_WRONG_CASE: {
                    int at = written.lastIndexOf(t.relPath());
                    if (at < 0 || !blog.files().exists(t.realPath()) || blog.files().leavesBlog(t.realPath())) {
                        return null;
                    }
                    return new Repair(Repair.Kind.REAL_NAME, span[0] + at, span[0] + at + t.relPath().length(),
                            t.relPath(), t.realPath());
                }
                case IMAGE_MISSING, IMAGE_EXPORT_PATH, IMAGE_OUTSIDE, HEADER_IMAGE_MISSING: {
                    String name = fileName(link.written());
                    if (name.isEmpty()) {
                        return null;
                    }
                    List<String> found = blog.imagesByName().apply(name);
                    if (found.size() != 1 || blog.files().leavesBlog(found.get(0)) || !blog.files().exists(found.get(0))) {
                        return null; // none, or two of that name: the author decides
                    }
                    String link2 = (header ? blog.headerStyle() : blog.bodyStyle()).linkTo(found.get(0));
                    SiteTarget fixed = leadsTo.apply(link2);
                    if (fixed.kind() != SiteTarget.Kind.FILE || !found.get(0).equals(fixed.relPath())) {
                        return null; // the blog's style would not lead to that file (a style learned from odd links)
                    }
                    if (header && needsQuotes(post.text(), span[0], link2)) {
                        link2 = "\"" + link2.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                    }
                    return new Repair(Repair.Kind.RELINK, span[0], span[1], written, link2);
                }
                default:
                    return null;
            }
        }

        /** The last path segment of a URL written with / or \ separators, without query or fragment. */
        static String fileName(String url) {
            String u = url.strip();
            int cut = u.length();
            for (char c : new char[] {'?', '#'}) {
                int i = u.indexOf(c);
                if (i >= 0 && i < cut) {
                    cut = i;
                }
            }
            u = u.substring(0, cut);
            int slash = Math.max(u.lastIndexOf('/'), Math.max(u.lastIndexOf('\\'), u.lastIndexOf('\n')));
            String name = u.substring(slash + 1).strip();
            return name.equals(".") || name.equals("..") ? "" : name;
        }

        /** A plain YAML scalar cannot start with { or hold ": " or " #": such a value must be quoted. */
        private static boolean needsQuotes(String text, int start, String value) {
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            boolean quoted = before == '"' || before == '\'';
            return !quoted && (value.startsWith("{") || value.startsWith("[") || value.contains(": ")
                    || value.contains(" #") || value.startsWith("*") || value.startsWith("&"));
        }

        /** [start, end, exact]: the span of a body link's destination; exact 0 when only its line is known. */
        private int[] bodySpan(ImageLink link) {
            int lineStart = lines.lineStart(link.line());
            int lineEnd = lines.lineEnd(link.line());
            ImageSpans.Span only = null;
            int onLine = 0;
            for (ImageSpans.Span s : spans) {
                if (s.start() < lineStart || s.start() > lineEnd) {
                    continue;
                }
                if (s.url().equals(link.written()) || s.url().strip().equals(link.written().strip())) {
                    return new int[] {s.start(), s.end(), 1};
                }
                onLine++;
                only = s;
            }
            if (onLine == 1 && (only.raw().contains("{{") || only.raw().contains("{%"))) {
                return new int[] {only.start(), only.end(), 1};
            }
            return new int[] {lineStart, lineEnd, 0};
        }

        /** The value of {@code key: value} on the link's front-matter line, inside any quotes. */
        private int[] headerSpan(ImageLink link) {
            int lineStart = lines.lineStart(link.line());
            int lineEnd = lines.lineEnd(link.line());
            String line = post.text().substring(lineStart, lineEnd);
            int colon = line.indexOf(':');
            if (colon < 0) {
                return new int[] {lineStart, lineEnd, 0};
            }
            int a = colon + 1;
            while (a < line.length() && (line.charAt(a) == ' ' || line.charAt(a) == '\t')) {
                a++;
            }
            int b = line.length();
            int hash = line.indexOf(" #", a);
            if (hash >= 0) {
                b = hash;
            }
            while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
                b--;
            }
            if (b - a >= 2 && (line.charAt(a) == '"' || line.charAt(a) == '\'') && line.charAt(b - 1) == line.charAt(a)) {
                a++;
                b--;
            }
            String value = line.substring(a, b);
            boolean exact = value.equals(link.written()) || value.contains("{{");
            return new int[] {lineStart + a, lineStart + b, exact && a < b ? 1 : 0};
        }
    }
}
