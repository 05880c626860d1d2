package org.postdesk.core.render;

import org.postdesk.core.site.Generator;
import org.postdesk.core.site.Generators;

/**
 * The renderer and the link checker with the standard fallback generator's engines (Jekyll's
 * Liquid and kramdown), for tests that render text without opening a site. Main code passes its
 * site's or its fallback generator's engines itself (docs/decisions/0029, step 3).
 */
public final class JekyllEngines {

    private JekyllEngines() {
    }

    public static PreviewRenderer previewRenderer() {
        Generator fallback = Generators.standard().fallback();
        return new PreviewRenderer(fallback.templatePass(), fallback.markdownFlavour());
    }

    public static LocalLinkChecker linkChecker() {
        Generator fallback = Generators.standard().fallback();
        return new LocalLinkChecker(fallback.templatePass(), fallback.markdownFlavour());
    }
}
