package org.postdesk.core.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postdesk.core.post.PostDocument;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Test helper: a post file read into what the render and check requests need. */
record PostFixture(PostDocument document, Map<String, Object> page) {

    static PostFixture read(Path file) throws IOException {
        PostDocument doc = PostDocument.parse(Files.readAllBytes(file));
        return new PostFixture(doc, yamlMap(doc.frontMatter()));
    }

    static Map<String, Object> yamlMap(String text) {
        try {
            Object o = new Yaml(new LoaderOptions()).load(text);
            if (o instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
        } catch (RuntimeException e) {
            // invalid YAML: Jekyll would fail too; render without front matter
        }
        return new LinkedHashMap<>();
    }

    static Map<String, Object> config(Path blog) throws IOException {
        return yamlMap(Files.readString(blog.resolve("_config.yml")));
    }

    CheckRequest checkRequest(Map<String, Object> site, BlogFiles files) {
        return new CheckRequest(document.frontMatter(), document.frontMatterStartLine(), page,
                document.bodyForEditor(), document.bodyStartLine(), site, files);
    }
}
