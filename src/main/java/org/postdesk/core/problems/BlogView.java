package org.postdesk.core.problems;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.postdesk.core.render.BlogFiles;

/**
 * What the problems finder needs of the blog (no file access of its own: the blog layer answers).
 *
 * @param site          the site config as a map ({@code baseurl}, {@code url}, ...)
 * @param files         existence lookups in the blog folder
 * @param imagesByName  the blog-relative paths of the files with this exact name in the blog's image
 *                      folders, none of which leads out of the blog; may be empty
 * @param bodyStyle     how the blog links images in post bodies
 * @param headerStyle   how the blog writes front-matter images
 * @param nameNotes     what the blog's index says about the post's file name and date (line 0: the whole file)
 * @param suggestedName the file name Jekyll would read ({@code YYYY-MM-DD-slug.md}), or null
 */
public record BlogView(Map<String, ?> site, BlogFiles files, Function<String, List<String>> imagesByName,
        LinkStyle bodyStyle, LinkStyle headerStyle, List<NameNote> nameNotes, String suggestedName) {

    public BlogView {
        site = site == null ? Map.of() : site;
        files = files == null ? BlogFiles.NONE : files;
        imagesByName = imagesByName == null ? name -> List.of() : imagesByName;
        bodyStyle = bodyStyle == null ? LinkStyle.DEFAULT : bodyStyle;
        headerStyle = headerStyle == null ? bodyStyle : headerStyle;
        nameNotes = nameNotes == null ? List.of() : List.copyOf(nameNotes);
    }

    /** A note of the index about the file: {@link Problem.Kind#IGNORED_NAME} or {@link Problem.Kind#BAD_DATE}. */
    public record NameNote(Problem.Kind kind, String message, int line) {
    }

    /**
     * A way of writing image links: the blog's image folder and the link with {@code {name}} where the
     * path inside that folder goes ({@code postimg} and {@code {{site.baseurl}}/postimg/{name}}).
     */
    public record LinkStyle(String folder, String template) {
        public static final LinkStyle DEFAULT = new LinkStyle("", "/{name}");

        /** The link to a file at {@code relPath} (from the blog root) in this style, spaces and parentheses encoded. */
        public String linkTo(String relPath) {
            String prefix = folder.isEmpty() ? "" : folder + "/";
            String encoded = relPath.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
            if (!folder.isEmpty() && relPath.startsWith(prefix)) {
                return template.replace("{name}", encoded.substring(prefix.length()));
            }
            String general = prefix.isEmpty() || !template.contains(prefix + "{name}")
                    ? template : template.replace(prefix + "{name}", "{name}");
            return general.replace("{name}", encoded);
        }
    }
}
