package org.postdesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WordCountTest {

    @ParameterizedTest(name = "\"{0}\" has {1} words")
    @CsvSource(delimiter = '|', value = {
            "''|0",
            "Hello world|2",
            "春日徒步|4",
            "我用 Postdesk 写博客|6",
            "清晨六点出发，走了 12 公里。|11",
            "Don't stop — it's well-known.|4",
            "版本 3.14 发布于 2025-05-20|7",
            "1,000 个读者|4",
            "日本語のテキスト|8",
            "한국어 문장 입니다|3",
            "Привет мир|2",
            "**粗体** and *italic*|4",
            "[链接文字](https://example.com/a-long-path)|4",
            "![图片说明](/img/a.png)|4",
            "see https://example.com/x now|2",
            "<span class=\"note\">注意</span>|2",
            "{% raw %}{{ site.title }}{% endraw %} 标题|2",
            "## 第一节 {#first}|3",
            "```java|0",
            "![山脊]({{ site.baseurl }}/img/in-post/ridge.png)|2",
            "- [x] 登山鞋|3",
    })
    void countsWords(String text, int words) {
        assertThat(WordCount.of(text).words()).isEqualTo(words);
    }

    @Test
    void frontMatterIsNotCounted() {
        String post = "---\ntitle: 很长的标题 with words\ntags: [a, b]\n---\n正文两字";
        assertThat(WordCount.of(post).words()).isEqualTo(4);
    }

    @Test
    void charactersAreVisibleNonSpaceCodePoints() {
        WordCount.Counts counts = WordCount.of("你好, world 😀");
        assertThat(counts.characters()).isEqualTo(2 + 1 + 5 + 1);
        assertThat(counts.cjkWords()).isEqualTo(2);
        assertThat(counts.otherWords()).isEqualTo(1);
    }

    @Test
    void readingTimeMixesCharactersAndWords() {
        assertThat(WordCount.of("").readingMinutes()).isZero();
        assertThat(WordCount.of("字").readingMinutes()).isEqualTo(1);
        assertThat(WordCount.of("字".repeat(600)).readingMinutes()).isEqualTo(2);
        assertThat(WordCount.of("word ".repeat(400)).readingMinutes()).isEqualTo(2);
        // 450 characters = 1.5 min, 100 words = 0.5 min
        assertThat(WordCount.of("字".repeat(450) + " " + "word ".repeat(100)).readingMinutes()).isEqualTo(2);
        assertThat(WordCount.of("字".repeat(451) + " " + "word ".repeat(100)).readingMinutes()).isEqualTo(3);
    }
}
