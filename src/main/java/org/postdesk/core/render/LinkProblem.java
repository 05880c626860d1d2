package org.postdesk.core.render;

/**
 * A problem found by {@link LocalLinkChecker}.
 *
 * @param line     1-based line in the file
 * @param severity how bad
 * @param target   the URL as written
 * @param message  one sentence (or two) for the author
 */
public record LinkProblem(int line, Severity severity, String target, String message) {

    public enum Severity { ERROR, WARNING }
}
