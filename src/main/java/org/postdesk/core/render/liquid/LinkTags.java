package org.postdesk.core.render.liquid;

import java.util.Optional;
import org.postdesk.core.render.TemplateSupport;

/** {@code post_url} and {@code link}: the URL the blog's links give, or a marker the preview shows as broken. */
final class LinkTags {

    private LinkTags() {
    }

    static int link(Render r, int b, int end, String kind, String args, Optional<String> url) {
        String target = url.orElseGet(() -> LiquidLite.BROKEN_SCHEME + kind + "/" + TemplateSupport.encodeLoosely(args));
        r.out.replace(b, end, target);
        return end;
    }
}
