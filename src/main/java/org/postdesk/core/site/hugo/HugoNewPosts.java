package org.postdesk.core.site.hugo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.site.PostCreator;

/**
 * Creates a Hugo page as {@code hugo new} does (docs/decisions/0040): from
 * {@code archetypes/SECTION.md}, {@code archetypes/default.md} (or the theme's), or Hugo's own
 * archetype, evaluated by {@link HugoArchetype}, in the archetype's own front-matter form. The
 * title the author typed is the title whatever the archetype computes, and the page is a draft
 * ({@code draft = true}). A directory archetype ({@code archetypes/SECTION/index.md}) or a
 * section whose pages are mostly bundles makes a bundle ({@code SECTION/slug/index.md}).
 * Never replaces a file; writes go through the site's write guard.
 */
final class HugoNewPosts implements PostCreator {
    private static final Pattern TOML_TITLE = Pattern.compile("(?m)^title[ \\t]*=.*$");
    private static final Pattern YAML_TITLE = Pattern.compile("(?m)^title[ \\t]*:.*$");
    private static final Pattern JSON_TITLE = Pattern.compile("\"title\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"");

    private final HugoSite site;

    HugoNewPosts(HugoSite site, BlogConventions conventions) {
        this.site = site;
    }

    @Override
    public String path(Request request) {
        return site.naming().newPostPath(request.date(), request.effectiveSlug(), "md", request.draft());
    }

    @Override
    public Path create(Request request, ZonedDateTime now) throws PostIoException {
        String path = path(request);
        Path file = site.folder().resolve(path);
        try {
            site.folder().writes().create(file, text(request, now).getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new PostIoException(path + " already exists, so Postdesk did not create it;"
                    + " the existing file is unchanged. Choose another title or slug.", e);
        } catch (IOException e) {
            throw new PostIoException("Could not create " + path + ": " + PostFiles.reason(e)
                    + ". Nothing was written.", e);
        }
    }

    /** The whole text of the new page. */
    String text(Request request, ZonedDateTime now) {
        String path = path(request);
        String section = site.naming().sectionOf(path);
        String template = archetype(section).orElse(HugoArchetype.HUGO_DEFAULT);
        ZonedDateTime date = request.date().atTime(now.toLocalTime().withNano(0)).atZone(now.getZone());
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        HugoArchetype.Page page = new HugoArchetype.Page(request.effectiveSlug(), fileName, section,
                request.title(), site.config().title(), date);
        String text = HugoArchetype.evaluate(template, page);
        text = withTitle(text, request.title());
        return HugoDraftFlag.set(text, true).orElse(text);
    }

    /** The archetype text for a section: the site's, then each theme's; the section's own, then default.md. */
    Optional<String> archetype(String section) {
        List<String> dirs = new ArrayList<>();
        dirs.add(site.config().archetypeDir());
        for (String theme : site.config().themes()) {
            dirs.add("themes/" + theme + "/archetypes");
        }
        List<String> names = new ArrayList<>();
        if (!section.isEmpty()) {
            names.add(section + "/index.md");
            names.add(section + ".md");
        }
        names.add("default/index.md");
        names.add("default.md");
        for (String dir : dirs) {
            for (String name : names) {
                Path f = site.folder().resolve(dir + "/" + name);
                if (Files.isRegularFile(f)) {
                    try {
                        // an archetype linked from outside the site is not read (a template is data, never code)
                        if (Files.size(f) <= 1_000_000 && f.toRealPath().startsWith(site.folder().writes().realRoot())) {
                            return Optional.of(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The typed title in the front matter's own form, replacing what the archetype computed. */
    static String withTitle(String text, String title) {
        String value = HugoArchetype.tomlString(title); // also a valid YAML double-quoted and JSON string
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String bom = text.substring(0, text.length() - body.length());
        String nl = body.contains("\r\n") ? "\r\n" : "\n";
        if (body.startsWith("+++") || body.startsWith("---")) {
            String fence = body.substring(0, 3);
            int end = body.indexOf(nl + fence, 3);
            if (end < 0) {
                return text;
            }
            String head = body.substring(0, end);
            Matcher m = (fence.equals("+++") ? TOML_TITLE : YAML_TITLE).matcher(head);
            String line = fence.equals("+++") ? "title = " + value : "title: " + value;
            if (m.find()) {
                return bom + head.substring(0, m.start()) + line + head.substring(m.end()) + body.substring(end);
            }
            int firstLine = body.indexOf('\n') + 1;
            return bom + body.substring(0, firstLine) + line + nl + body.substring(firstLine);
        }
        if (body.startsWith("{")) {
            Matcher m = JSON_TITLE.matcher(body);
            if (m.find()) {
                return bom + body.substring(0, m.start()) + "\"title\": " + value + body.substring(m.end());
            }
            return bom + "{" + nl + "  \"title\": " + value + "," + body.substring(1);
        }
        return bom + "+++" + nl + "title = " + value + nl + "+++" + nl + nl + body;
    }
}
