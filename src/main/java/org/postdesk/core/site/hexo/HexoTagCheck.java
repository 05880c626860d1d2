package org.postdesk.core.site.hexo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.blog.CheckProblem;
import org.postdesk.core.render.BlogFiles;

/**
 * {@code check}'s Hexo rules for one post's body: {@code asset_img}, {@code asset_path} and
 * {@code asset_link} that name no file of the post's asset folder (or a file whose letter case
 * differs), an asset tag in a site without {@code post_asset_folder}, and {@code post_link} or
 * {@code post_path} naming no post (Hexo stops the build: "Post not found"). Tags inside fenced
 * or indented code and inline code are left alone, as Hexo leaves them (docs/decisions/0038).
 */
final class HexoTagCheck {
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(asset_img|asset_path|asset_link|post_link|post_path)"
            + "\\s+(.*?)\\s*-?%\\}");
    private static final Pattern ARG = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private HexoTagCheck() {
    }

    static List<CheckProblem> check(String path, String body, int bodyFirstLine, HexoConfig config, HexoNaming naming,
            HexoLinks links, BlogFiles files) {
        List<CheckProblem> out = new ArrayList<>();
        String[] lines = body.split("\r?\n|\r", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()) {
                    fence = null;
                }
                continue;
            }
            if (f.find()) {
                fence = f.group(1);
                continue;
            }
            if (line.startsWith("    ") || line.startsWith("\t")) {
                continue;
            }
            Matcher m = TAG.matcher(withoutInlineCode(line));
            while (m.find()) {
                int lineNo = bodyFirstLine + i;
                List<String> args = args(m.group(2));
                String tag = m.group(1);
                if (args.isEmpty()) {
                    out.add(new CheckProblem(path, lineNo, true, "{% " + tag + " %} names nothing; Hexo needs a "
                            + (tag.startsWith("post") ? "post's slug" : "file of the post's asset folder") + " there."));
                } else if (tag.startsWith("post")) {
                    if (links.post(args.get(0)).isEmpty()) {
                        out.add(new CheckProblem(path, lineNo, true, "{% " + tag + " " + args.get(0) + " %} names no post"
                                + " of this site (by slug or title); Hexo stops the build with \"Post not found\"."));
                    }
                } else {
                    asset(path, lineNo, tag, args, config, naming, files).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<CheckProblem> asset(String path, int line, String tag, List<String> args, HexoConfig config,
            HexoNaming naming, BlogFiles files) {
        String folder = naming.assetFolder(path);
        if (!config.postAssetFolder()) {
            return Optional.of(new CheckProblem(path, line, true, "{% " + tag + " %} shows a file of the post's asset"
                    + " folder, but this site has post_asset_folder off, so Hexo finds no asset and leaves it out."
                    + " Set post_asset_folder: true in _config.yml."));
        }
        String wrongCase = null;
        for (String arg : args) {
            String rel = folder + arg;
            if (files.exists(rel)) {
                return Optional.empty();
            }
            Optional<String> real = files.realPath(rel);
            if (real.isPresent() && wrongCase == null) {
                wrongCase = real.get();
            }
        }
        String raw = args.stream().filter(a -> a.contains(".")).findFirst().orElse(args.get(0));
        String name = raw.chars().anyMatch(Character::isWhitespace) ? "\"" + raw + "\"" : raw;
        if (wrongCase != null) {
            return Optional.of(new CheckProblem(path, line, true, "{% " + tag + " " + name + " %}: the file is "
                    + wrongCase + ", spelled in other letter case; Hexo matches names exactly, so the "
                    + what(tag) + " is missing on the site."));
        }
        return Optional.of(new CheckProblem(path, line, true, "{% " + tag + " " + name + " %} names no file in the"
                + " post's asset folder " + folder + "; Hexo leaves the " + what(tag) + " out."));
    }

    /** The line with each inline code span blanked out (same length, so columns stay). */
    private static String withoutInlineCode(String line) {
        Matcher code = Pattern.compile("`[^`]*`").matcher(line);
        StringBuilder out = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(out, " ".repeat(code.group().length()));
        }
        return code.appendTail(out).toString();
    }

    private static String what(String tag) {
        return switch (tag) {
            case "asset_img" -> "image";
            case "asset_link" -> "link";
            default -> "path";
        };
    }

    private static List<String> args(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = ARG.matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }
}
