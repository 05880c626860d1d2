package org.postdesk.core.images;

/** The Markdown image line inserted into a post. */
final class MarkdownSnippet {
    private MarkdownSnippet() {
    }

    /** {@code ![alt](url)}, with {@code \ [ ]} escaped in the alt text and white space collapsed. */
    static String image(String alt, String url) {
        String text = alt.strip().replaceAll("\\s+", " ").replaceAll("([\\\\\\[\\]])", "\\\\$1");
        return "![" + text + "](" + url + ")";
    }
}
