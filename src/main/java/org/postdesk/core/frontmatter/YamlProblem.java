package org.postdesk.core.frontmatter;

/**
 * Why front matter does not parse, for the author.
 *
 * @param line    1-based line within the front-matter text
 * @param column  1-based column
 * @param message a sentence
 */
public record YamlProblem(int line, int column, String message) {
}
