package org.postdesk.core.images;

/** The Markdown image line inserted into a post. */
final class MarkdownSnippet {
    private MarkdownSnippet() {
    }

    /**
     * {@code ![alt](url)}, with backslashes and square brackets escaped in the alt text, white
     * space and control characters (line breaks included) collapsed to one space, and Liquid's
     * openers (two opening braces, or an opening brace and a percent sign) broken apart by a
     * space, so a file name can never open a template tag that stops the Jekyll build or runs an
     * include.
     */
    static String image(String alt, String url) {
        String text = alt.strip().replaceAll("[\\s\\p{Cntrl}\\u2028\\u2029]+", " ")
                .replaceAll("([\\\\\\[\\]])", "\\\\$1");
        String before;
        do {
            before = text;
            text = text.replace("{{", "{ {").replace("{%", "{ %");
        } while (!text.equals(before));
        return "![" + text + "](" + url + ")";
    }

    /**
     * A tag that shows an image ({@code {% asset_img x.png %}}) with the alt text as its quoted
     * title: quotes, braces, percent signs and line breaks dropped from it, so it can never end
     * the tag or open another.
     */
    static String tag(String alt, String tag) {
        String text = alt.strip().replaceAll("[\\s\\p{Cntrl}\\u2028\\u2029]+", " ").replaceAll("[\"'{}%\\\\]", "").strip();
        if (text.isEmpty() || !tag.endsWith("%}")) {
            return tag;
        }
        String head = tag.substring(0, tag.length() - 2).stripTrailing();
        return head + " \"" + text + "\" %}";
    }
}
