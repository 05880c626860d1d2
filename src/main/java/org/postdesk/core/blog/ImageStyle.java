package org.postdesk.core.blog;

/**
 * Where a blog keeps its images and how its posts link to them.
 *
 * @param folder     the image folder relative to the blog root, {@code /} separators ({@code postimg})
 * @param template   the link with {@code {name}} where the file name goes, spaced exactly as the blog
 *                   writes it ({@code {{site.baseurl}}/postimg/{name}})
 * @param uses       how many links of the sampled posts follow this style (0 for the default)
 * @param subfolders true when the blog puts images in sub-folders of {@code folder} (one per post
 *                   or topic), so a new image may go into {@code folder/<slug>/}
 */
public record ImageStyle(String folder, String template, int uses, boolean subfolders) {
    /** The style for a blog without local images. */
    public static final ImageStyle DEFAULT =
            new ImageStyle("assets/images", "{{ site.baseurl }}/assets/images/{name}", 0, false);

    /**
     * The folder that stands for "the post's own folder": the post's path without its extension
     * (Hexo's asset folder, {@code source/_posts/my-post/} for {@code source/_posts/my-post.md};
     * docs/decisions/0038).
     */
    public static final String POST_FOLDER = "{post}";

    /** The folder for images of the post at {@code postPath} (relative to the root): {@link #POST_FOLDER} replaced. */
    public static String folderFor(String folder, String postPath) {
        if (!folder.contains(POST_FOLDER)) {
            return folder;
        }
        String path = postPath == null ? "" : postPath.replace('\\', '/');
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String stem = dot > slash + 1 ? path.substring(0, dot) : path;
        return folder.replace(POST_FOLDER, stem);
    }

    /** The link for a file in {@link #folder()}: {@code linkFor("a.png")}, or {@code linkFor("my-post/a.png")}. */
    public String linkFor(String fileNameInFolder) {
        return template.replace("{name}", fileNameInFolder);
    }
}
