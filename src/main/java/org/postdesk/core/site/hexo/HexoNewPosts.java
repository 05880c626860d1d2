package org.postdesk.core.site.hexo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.site.PostCreator;

/**
 * New posts and drafts as {@code hexo new} makes them: the text of {@code scaffolds/post.md}
 * (or {@code draft.md}) with {@code {{ title }}}, {@code {{ date }}} (in the site's
 * {@code date_format} and {@code time_format}, in its {@code timezone}) and {@code {{ layout }}}
 * filled, named by {@code new_post_name} ({@code _drafts/SLUG.md} for a draft), and an empty asset
 * folder beside it when the site has {@code post_asset_folder} on. Hexo's own scaffold when the
 * site has none. Never replaces a file (docs/decisions/0038).
 */
final class HexoNewPosts implements PostCreator {
    static final String DEFAULT_POST = "---\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n---\n";
    static final String DEFAULT_DRAFT = "---\ntitle: {{ title }}\ntags:\n---\n";
    private static final long MAX_SCAFFOLD_BYTES = 100_000;
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*(title|date|layout)\\s*\\}\\}");
    private static final Pattern PLAIN = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^#]*");

    private final BlogFolder blog;
    private final HexoConfig config;
    private final HexoNaming naming;

    HexoNewPosts(BlogFolder blog, HexoConfig config, HexoNaming naming) {
        this.blog = blog;
        this.config = config;
        this.naming = naming;
    }

    /** The slug Hexo makes of the title (or the given slug): punctuation runs become dashes, case as {@code filename_case} says. */
    String slug(Request request) {
        String from = request.slug() == null || request.slug().isBlank() ? request.title() : request.slug();
        String s = HexoNaming.hexoSlug(from == null ? "" : from);
        s = switch (config.filenameCase()) {
            case 1 -> s.toLowerCase(Locale.ROOT);
            case 2 -> s.toUpperCase(Locale.ROOT);
            default -> s;
        };
        return s.isEmpty() ? (request.draft() ? "draft" : "post") : s;
    }

    @Override
    public String path(Request request) {
        return naming.newPostPath(request.date(), slug(request), config.newPostExtension(), request.draft());
    }

    @Override
    public Path create(Request request, ZonedDateTime now) throws PostIoException {
        String path = path(request);
        Path file = blog.resolve(path);
        byte[] bytes = text(request, now).getBytes(StandardCharsets.UTF_8);
        try {
            blog.writes().create(file, bytes);
        } catch (FileAlreadyExistsException e) {
            throw new PostIoException(path + " already exists, so Postdesk did not create it;"
                    + " the existing file is unchanged. Choose another title or slug.", e);
        } catch (IOException e) {
            throw new PostIoException("Could not create " + path + ": " + PostFiles.reason(e)
                    + ". Nothing was written.", e);
        }
        if (config.postAssetFolder()) {
            try {
                blog.writes().createDirectories(blog.resolve(naming.assetFolder(path)));
            } catch (IOException e) {
                throw new PostIoException("Created " + path + ", but not its asset folder "
                        + naming.assetFolder(path) + ": " + PostFiles.reason(e)
                        + ". Images pasted into the post will make it.", e);
            }
        }
        return file;
    }

    /** The whole text of the new file: the scaffold with its fields filled. */
    String text(Request request, ZonedDateTime now) {
        ZonedDateTime at = config.timezone().map(now::withZoneSameInstant).orElse(now);
        at = request.date() == null ? at : at.with(request.date());
        String date = format(at);
        String title = yamlScalar(request.title() == null ? "" : request.title());
        String layout = request.draft() ? "draft" : config.defaultLayout();
        Matcher m = FIELD.matcher(scaffold(request.draft()));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = switch (m.group(1)) {
                case "title" -> title;
                case "date" -> date;
                default -> layout;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        String text = out.toString().replace("\r\n", "\n");
        return text.endsWith("\n") ? text : text + "\n";
    }

    private String scaffold(boolean draft) {
        Path file = blog.resolve("scaffolds/" + (draft ? "draft.md" : "post.md"));
        try {
            if (Files.isRegularFile(file) && Files.size(file) <= MAX_SCAFFOLD_BYTES
                    && file.toRealPath().startsWith(blog.writes().realRoot())) {
                return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            }
        } catch (IOException | SecurityException e) {
            // Hexo's own scaffold, below
        }
        return draft ? DEFAULT_DRAFT : DEFAULT_POST;
    }

    /** The date as Hexo writes {@code {{ date }}}: {@code date_format + " " + time_format} (moment.js tokens). */
    String format(ZonedDateTime at) {
        try {
            return DateTimeFormatter.ofPattern(MomentFormat.toJava(config.dateFormat() + " " + config.timeFormat()),
                    Locale.ROOT).format(at);
        } catch (IllegalArgumentException e) {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).format(at);
        }
    }

    /** The title as a YAML value: as typed when YAML reads it back the same, double-quoted otherwise. */
    static String yamlScalar(String title) {
        String t = title.strip();
        boolean plain = !t.isEmpty() && t.equals(title) && PLAIN.matcher(t).matches() && !t.contains(": ")
                && !t.endsWith(":") && !t.matches("(?i)(true|false|yes|no|on|off|null|~|[-+]?[0-9.]+.*)");
        if (plain) {
            return t;
        }
        StringBuilder q = new StringBuilder("\"");
        for (char c : title.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    static ZoneId zone(HexoConfig config) {
        return config.timezone().orElse(ZoneId.systemDefault());
    }
}
