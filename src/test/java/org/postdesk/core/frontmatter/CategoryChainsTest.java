package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** withChains: Hexo's category chains written back losslessly (decision record 0038). */
class CategoryChainsTest {

    @Test
    void oneChainKeepsTheListsOwnStyle() {
        FrontMatterDocument doc = FrontMatterDocument.parse("categories:\n  - 写作\n  - 工具\ntags: [a]\n");
        FrontMatterDocument edited = doc.withChains("categories", List.of(List.of("写作", "读书")));
        assertThat(edited.text()).isEqualTo("categories:\n  - 写作\n  - 读书\ntags: [a]\n");
    }

    @Test
    void severalChainsBecomeAListOfListsAndHostileNamesStayText() {
        FrontMatterDocument doc = FrontMatterDocument.parse("title: x\ncategories: 生活\ntags: [a]\n");
        FrontMatterDocument edited = doc.withChains("categories",
                List.of(List.of("写作", "a: b"), List.of("yes", "[x]"), List.of()));
        assertThat(FrontMatterDocument.chainsIn(edited.get("categories").orElseThrow()))
                .isEqualTo(List.of(List.of("写作", "a: b"), List.of("yes", "[x]")));
        assertThat(edited.text()).startsWith("title: x\n").endsWith("tags: [a]\n");
    }
}
