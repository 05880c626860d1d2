package org.postdesk.bench;

/** Deterministic Markdown bodies of a given size, mixing what real posts contain (Chinese and English). */
public final class SampleText {
    private SampleText() {
    }

    /** A body of about {@code bytes} UTF-8 bytes. */
    public static String markdown(int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 1024);
        int size = 0;
        for (int section = 0; size < bytes; section++) {
            StringBuilder one = new StringBuilder();
            appendSection(one, section);
            size += utf8Length(one);
            sb.append(one);
        }
        return sb.toString();
    }

    private static int utf8Length(CharSequence s) {
        return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static void appendSection(StringBuilder sb, int n) {
        sb.append("## 第 ").append(n).append(" 节：Section ").append(n).append("\n\n");
        sb.append("电信网络诈骗犯罪已成为侵害群众利益的主要刑事犯罪之一，**清远市反诈骗中心**提醒大家提高警惕。")
                .append("This paragraph mixes *emphasis*, `code`, a [link](https://example.com/").append(n)
                .append(") and ~~struck~~ text.\n");
        sb.append("第二行紧跟其后，没有空行。\n\n");
        sb.append("![图 ").append(n).append("]({{site.baseurl}}/postimg/image-").append(n % 13).append(".png)\n\n");
        sb.append("- 列表项一 item one\n- 列表项二 item two\n  - 嵌套 nested\n\n");
        sb.append("> 引用：如果日常生活中我能多主动去了解一些反诈宣传，肯定不会上当。\n\n");
        if (n % 3 == 0) {
            sb.append("```java\nint x = ").append(n).append(";\nSystem.out.println(x);\n```\n\n");
        }
        if (n % 4 == 0) {
            sb.append("| 项目 | 数量 |\n| --- | --- |\n| 警情 | ").append(2729 + n).append(" |\n| 案件 | 592 |\n\n");
        }
    }
}
