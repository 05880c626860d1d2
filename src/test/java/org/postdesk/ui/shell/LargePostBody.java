package org.postdesk.ui.shell;

import java.nio.charset.StandardCharsets;

/** A generated post file (front matter + mixed Chinese/English Markdown body) of about the given size. */
final class LargePostBody {

    private LargePostBody() {
    }

    /** The body alone, about {@code bytes} UTF-8 bytes, lines of 60-200 characters. */
    static String body(int bytes) {
        StringBuilder sb = new StringBuilder(bytes);
        int n = 0;
        int size = 0;
        while (size < bytes) {
            n++;
            String block = "## 第 " + n + " 节 Section " + n + "\n\n"
                    + "这是一段中文正文，包含 **加粗**、*斜体*、`代码` 和 [链接](https://example.com/" + n + ")。长文也一样。\n"
                    + "Some English text with _emphasis_ and a {{ site.baseurl }} Liquid output, fairly long, line " + n
                    + ".\n\n- 列表项 item " + n + "\n> 引用：写作是思考的延续。\n\n```java\nint x = " + n + ";\n```\n\n";
            sb.append(block);
            size += block.getBytes(StandardCharsets.UTF_8).length;
        }
        return sb.toString();
    }

    /** A whole post file with this body. */
    static String file(String title, String body) {
        return "---\nlayout: post\ntitle: " + title + "\n---\n" + body;
    }
}
