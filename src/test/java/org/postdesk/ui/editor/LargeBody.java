package org.postdesk.ui.editor;

/** Builds a realistic long post body (mixed Chinese and English Markdown) of about the given size. */
final class LargeBody {

    private LargeBody() {
    }

    static String create(int chars) {
        String[] block = {
            "## 第 %d 节 Section",
            "",
            "这是一段中文正文，包含 **加粗**、*斜体*、`代码` 和 [链接](https://example.com/%d)。写作的时候，作者希望编辑器不卡顿，"
                + "预览跟得上，高亮不闪烁；长文也一样。这一行故意写得长一些，接近真实文章里一个段落的长度。",
            "Some English text with _emphasis_ and a {{ site.baseurl }} Liquid output, quite long indeed, "
                + "because real paragraphs are long lines in Markdown: one line per paragraph, soft-wrapped by the editor.",
            "",
            "- 列表项一 item one",
            "- [x] 完成的任务",
            "> 引用：写作是思考的延续。",
            "",
            "```java",
            "int x = %d; // code *not* emphasis",
            "```",
            "![图片](/img/in-post/pic-%d.png)",
            "",
        };
        StringBuilder sb = new StringBuilder(chars + 512);
        int n = 0;
        while (sb.length() < chars) {
            n++;
            for (String line : block) {
                sb.append(line.replace("%d", Integer.toString(n))).append('\n');
            }
        }
        return sb.toString();
    }
}
