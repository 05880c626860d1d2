package org.postdesk.ui.preview;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the preview page finds its offline libraries: highlight.js, KaTeX and Mermaid from the
 * WebJars on the class path (jar: URLs in the packaged app, file: or jar: URLs in development).
 * A library that is missing is simply left out; the page then shows plain code or TeX.
 */
final class PreviewAssets {

    private static final String WEBJARS = "/META-INF/resources/webjars/";
    private static final Map<String, String> PATHS = Map.of(
            "hljs", "highlightjs/11.11.1/highlight.min.js",
            "hljsCss", "highlightjs/11.11.1/styles/github.min.css",
            "katex", "katex/0.18.11/dist/katex.min.js",
            "katexCss", "katex/0.18.11/dist/katex.min.css",
            "mermaid", "mermaid/11.14.0/dist/mermaid.min.js");

    private PreviewAssets() {
    }

    /** The asset addresses as a JSON object, for the page's {@code pdInit}. */
    static String json() {
        Map<String, String> found = new LinkedHashMap<>();
        PATHS.forEach((name, path) -> {
            URL url = PreviewAssets.class.getResource(WEBJARS + path);
            if (url != null) {
                found.put(name, url.toExternalForm());
            }
        });
        StringBuilder json = new StringBuilder("{");
        found.forEach((name, url) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":\"").append(url.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        });
        return json.append('}').toString();
    }
}
