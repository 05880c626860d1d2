package org.postdesk.core.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.SyntheticPost;

/** Cutting a rendered fragment into top-level blocks and the patch between two renders (no FX). */
class PreviewBlocksTest {

    private static final PreviewRenderer RENDERER = JekyllEngines.previewRenderer();

    @Test
    void eachTopLevelBlockOfARenderedPostIsOneBlockAndNothingIsLost() {
        String html = render("# 标题\n\n第一段\n\n- a\n- b\n\n> 引用\n\n```java\nint x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        PreviewBlocks blocks = PreviewBlocks.split(html);

        assertThat(blocks.size()).isEqualTo(6); // h1, p, ul, blockquote, pre, table
        assertThat(blocks.html().replace(PreviewBlocks.MARK, "")).isEqualTo(html);
        assertThat(blocks.html()).startsWith(PreviewBlocks.MARK + "<h1");
        assertThat(blocks.html(4, 5)).startsWith(PreviewBlocks.MARK + "<pre").contains("int x = 1;").endsWith("</pre>\n");
    }

    @Test
    void anEditInTheMiddleOfALongPostReplacesOneBlockAndShiftsTheLaterOnes() {
        String body = SyntheticPost.ofSize(60_000);
        int middle = body.indexOf("\n\n", body.length() / 2) + 2;
        String edited = body.substring(0, middle) + "新的一段\n第二行\n\n" + body.substring(middle);
        PreviewBlocks before = PreviewBlocks.split(render(body));
        PreviewBlocks after = PreviewBlocks.split(render(edited));

        PreviewBlocks.Patch patch = PreviewBlocks.diff(before, after);

        assertThat(after.size()).isEqualTo(before.size() + 1);
        assertThat(patch.removed()).isZero();
        assertThat(patch.inserted()).isEqualTo(1);
        assertThat(patch.html()).contains("新的一段").doesNotContain("</p>\n" + PreviewBlocks.MARK);
        int lineOfNew = (int) edited.substring(0, middle).lines().count();
        assertThat(after.firstLine(patch.start())).isEqualTo(lineOfNew);
        assertThat(patch.shiftList()).as("every later block moves down by the three new lines")
                .isEqualTo((patch.start() + 1) + "," + after.size() + ",3");
        assertThat(patch.total()).isEqualTo(after.size());
    }

    @Test
    void typingInsideAParagraphReplacesOnlyThatParagraph() {
        String body = "第一段\n\n第二段\n\n第三段\n";
        PreviewBlocks before = PreviewBlocks.split(render(body));
        PreviewBlocks after = PreviewBlocks.split(render(body.replace("第二段", "第二段，改了")));

        PreviewBlocks.Patch patch = PreviewBlocks.diff(before, after);

        assertThat(patch.start()).isEqualTo(1);
        assertThat(patch.removed()).isEqualTo(1);
        assertThat(patch.inserted()).isEqualTo(1);
        assertThat(patch.html()).isEqualTo(PreviewBlocks.MARK + "<p data-line=\"2\">第二段，改了</p>\n");
        assertThat(patch.shifts()).isEmpty();
        assertThat(PreviewBlocks.diff(after, PreviewBlocks.split(render(body.replace("第二段", "第二段，改了"))))
                .isEmpty()).as("the same text again changes nothing").isTrue();
    }

    @Test
    void aBlockWhoseLinesMoveUnevenlyIsReplacedNotShifted() {
        PreviewBlocks before = PreviewBlocks.split("<ul data-line=\"4\">\n<li data-line=\"4\">a</li>\n<li data-line=\"9\">b</li>\n</ul>\n");
        PreviewBlocks same = PreviewBlocks.split("<ul data-line=\"6\">\n<li data-line=\"6\">a</li>\n<li data-line=\"11\">b</li>\n</ul>\n");
        PreviewBlocks uneven = PreviewBlocks.split("<ul data-line=\"6\">\n<li data-line=\"6\">a</li>\n<li data-line=\"12\">b</li>\n</ul>\n");

        assertThat(PreviewBlocks.diff(before, same).shiftList()).isEqualTo("0,1,2");
        assertThat(PreviewBlocks.diff(before, same).inserted()).isZero();
        assertThat(PreviewBlocks.diff(before, uneven).inserted()).isEqualTo(1);
        assertThat(PreviewBlocks.diff(before, uneven).removed()).isEqualTo(1);
    }

    @Test
    void theAuthorsHtmlThatSpansSeveralMarkdownBlocksStaysOneBlock() {
        String html = "<p data-line=\"0\">a</p>\n<div class=\"note\">\n<p data-line=\"3\">inside</p>\n</div>\n<p data-line=\"6\">b</p>\n";
        PreviewBlocks blocks = PreviewBlocks.split(html);

        assertThat(blocks.size()).isEqualTo(3);
        assertThat(blocks.html(1, 2)).contains("<div class=\"note\">").contains("inside").contains("</div>");
    }

    @Test
    void afterHtmlThatIsNotNestedAsWrittenTheRestIsOneBlock() {
        // </p> closes the <b> left open: the parser carries the bold into the next paragraph
        String html = "<p data-line=\"0\">a</p>\n<p><b>bold</p>\n<p data-line=\"4\">b</p>\n<p data-line=\"6\">c</p>\n";
        PreviewBlocks blocks = PreviewBlocks.split(html);

        assertThat(blocks.size()).isEqualTo(2);
        assertThat(blocks.html(1, 2)).contains("bold").contains(">c</p>");
        // a stray end tag at the top, an unclosed element at the end
        assertThat(PreviewBlocks.split("<p>a</p>\n</div>\n<p>b</p>\n<p>c</p>\n").size()).isEqualTo(2);
        assertThat(PreviewBlocks.split("<p>a</p>\n<div>\n<p>b</p>\n").size()).isEqualTo(2);
    }

    @Test
    void tagsInsideRawTextAttributesAndCommentsDoNotCount() {
        String html = "<style>p { color: red } </div></style>\n<p title=\"a > </p> b\">x</p>\n<textarea></p></textarea>\n<p>y</p>\n";
        PreviewBlocks blocks = PreviewBlocks.split(html);

        assertThat(blocks.size()).isEqualTo(4);
        assertThat(blocks.html(1, 2)).isEqualTo(PreviewBlocks.MARK + "<p title=\"a > </p> b\">x</p>\n");
        assertThat(blocks.html().replace(PreviewBlocks.MARK, "")).isEqualTo(html);
    }

    @Test
    void voidElementsAtTheTopAreBlocksAndAnEmptyFragmentHasNone() {
        assertThat(PreviewBlocks.split("<hr>\n<p>x</p>\n<img src=\"a.png\">\n").size()).isEqualTo(3);
        assertThat(PreviewBlocks.split("").size()).isZero();
        assertThat(PreviewBlocks.diff(PreviewBlocks.split(""), PreviewBlocks.split("<p>x</p>\n")).inserted()).isEqualTo(1);
    }

    private static String render(String markdown) {
        return RENDERER.renderBody(new RenderRequest(markdown, Map.of(), Map.of(), Path.of("").toAbsolutePath(), null))
                .html();
    }
}
