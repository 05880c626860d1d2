package org.postdesk.core.render;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Builds a long post of a given size in the style of the repost blogs: Chinese paragraphs with
 * bold runs, many images linked through {@code {{site.baseurl}}}, headings, lists, a table, code,
 * quotes, raw HTML and links. Deterministic for a given size (fixed seed), for benchmarks.
 */
public final class SyntheticPost {

    private static final String[] SENTENCES = {
        "当前，电信网络诈骗犯罪已成为侵害群众利益的主要刑事犯罪之一。",
        "今年1至11月，接电信网络诈骗警情**2729起**，同比下降36.76%；",
        "通过拨打电话、上门见面等方式预警共**17.12万人**，预警率达99.7%。",
        "请广大群众积极配合反诈工作，共同提高识骗防骗能力。",
        "Jekyll renders Markdown with Liquid first, then kramdown, then the layout. ",
        "详见[官方说明](https://example.org/docs/anti-fraud?id=12)与 www.example.com 的公告。",
    };

    private SyntheticPost() {
    }

    public static String ofSize(int bytes) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(bytes + 4096);
        int block = 0;
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            for (int k = 0; k < 50; k++) {
                append(sb, block++, random);
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, int n, Random random) {
        switch (n % 10) {
            case 0 -> sb.append("## 第").append(n).append("节 整体成效\n\n");
            case 1, 2, 5 -> {
                for (int i = 0; i < 3 + random.nextInt(4); i++) {
                    sb.append(SENTENCES[random.nextInt(SENTENCES.length)]);
                }
                sb.append("\n\n");
            }
            case 3 -> sb.append("![]({{site.baseurl}}/postimg/SUycX2yckdLUYd7ek7uMibfB332cgyIHL").append(n)
                    .append(".jpeg)\n**被骗冻结资金集中返还仪式**\n\n");
            case 4 -> sb.append("- 第一条 ~~作废~~ 1~3天\n- 第二条 `code`\n  - 嵌套项\n\n");
            case 6 -> sb.append("| 项目 | 数量 |\n|---|--:|\n| 警情 | 2729 |\n| 案件 | 5430 |\n\n");
            case 7 -> sb.append("```java\nint total = 2729 + 5430; // {{ not liquid here? }}\n```\n\n");
            case 8 -> sb.append("<blockquote><p>转载：清远市反诈骗中心<br>\n来源：微信公众号</p>")
                    .append("<img src=\"/postimg/a").append(n).append(".png\" width=\"300\"></blockquote>\n\n");
            default -> sb.append("> 引用：").append(SENTENCES[random.nextInt(SENTENCES.length)])
                    .append("\n\n");
        }
    }
}
