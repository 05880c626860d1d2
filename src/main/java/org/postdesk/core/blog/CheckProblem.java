package org.postdesk.core.blog;

/**
 * One line of {@code postdesk check}.
 *
 * @param path    relative to the blog, with {@code /}
 * @param line    1-based line in the file (1 when the problem is about the whole file)
 * @param error   true for an error, false for a warning
 * @param message a sentence
 */
public record CheckProblem(String path, int line, boolean error, String message) {

    /** {@code PATH:LINE: error|warning: MESSAGE}, always one line (line breaks quoted in the message show as a space). */
    public String format() {
        return path + ":" + line + ": " + (error ? "error" : "warning") + ": " + message.replaceAll("\\R", " ");
    }
}
