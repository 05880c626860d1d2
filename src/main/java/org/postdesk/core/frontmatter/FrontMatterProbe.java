package org.postdesk.core.frontmatter;

import org.postdesk.core.site.FrontMatterFormat;

/**
 * Hexo's test of a candidate block (docs/decisions/0037): the text before a separator line is
 * front matter only when it reads as data. YAML must be a map or a list (a lone sentence, or
 * nothing, is body text); YAML that does not parse counts as front matter, broken, so the author
 * is told (Hexo stops on it too). Hexo's JSON must read as the members of an object.
 */
public final class FrontMatterProbe {

    private FrontMatterProbe() {
    }

    /** True when {@code text} is front matter in {@code format} by Hexo's rule. */
    public static boolean readsAsData(String text, FrontMatterFormat format) {
        if (format.language() == FrontMatterFormat.Language.JSON) {
            return JsonReader.read(text, format.equals(FrontMatterFormat.JSON_OBJECT)).problem() == null;
        }
        if (format.language() == FrontMatterFormat.Language.TOML) {
            return true;
        }
        return YamlReader.isDataOrBroken(text);
    }
}
