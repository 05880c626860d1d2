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
}
