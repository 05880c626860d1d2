package org.postdesk.core.site;

/**
 * One way a site writes front matter: the language and the lines around it. A site may accept
 * several (Hugo: YAML, TOML, JSON); each post has one, and edits keep it (docs/decisions/0029).
 *
 * @param language the language of the block
 * @param opening  the line before the block; empty when the block starts the file without one
 * @param closing  the line after the block
 */
public record FrontMatterFormat(Language language, String opening, String closing) {

    /** The languages front matter is written in. */
    public enum Language { YAML, TOML, JSON }

    /** YAML between two {@code ---} lines (a closing {@code ...} line is accepted too). */
    public static final FrontMatterFormat YAML_DASHES = new FrontMatterFormat(Language.YAML, "---", "---");

    /** YAML from the first line, closed by a {@code ---} line, with no opening line (Hexo). */
    public static final FrontMatterFormat YAML_UNOPENED = new FrontMatterFormat(Language.YAML, "", "---");

    /** JSON from the first line, closed by a {@code ;;;} line (Hexo). */
    public static final FrontMatterFormat JSON_SEMICOLONS = new FrontMatterFormat(Language.JSON, "", ";;;");

    /** TOML between two {@code +++} lines (Hugo). */
    public static final FrontMatterFormat TOML_PLUSES = new FrontMatterFormat(Language.TOML, "+++", "+++");

    /** A JSON object that starts the file, its own braces the fences (Hugo). */
    public static final FrontMatterFormat JSON_OBJECT = new FrontMatterFormat(Language.JSON, "", "");
}
