package org.postdesk.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingRescueTest {
    private static final String OLD_POST = "---\ntitle: 我的第一篇博客\ntags: [生活]\n---\n今天天气很好，我们去公园散步。\n";

    @Test
    void anOldGbkPostIsOfferedForConversion() {
        byte[] gbk = OLD_POST.getBytes(Charset.forName("GBK"));
        assertThat(PostDocument.parse(gbk).isReadOnly()).as("not UTF-8, so read-only until converted").isTrue();

        PostContent c = PostContent.inspect("2012-05-01-first.md", gbk);
        assertThat(c.verdict()).isEqualTo(PostContent.Verdict.OFFER_GB18030);
        assertThat(c.sentence()).contains("2012-05-01-first.md").contains("GB18030").contains("Convert it to UTF-8?");
        assertThat(c.gbText()).isEqualTo(OLD_POST);

        PostDocument converted = EncodingRescue.asUtf8(EncodingRescue.tryGb18030(gbk).orElseThrow());
        assertThat(converted.isReadOnly()).isFalse();
        assertThat(new String(converted.toBytes(), StandardCharsets.UTF_8)).isEqualTo(OLD_POST);
    }

    @Test
    void latin1TextIsNotMistakenForChinese() {
        byte[] latin1 = "---\ntitle: Café crème à Zürich\n---\nDéjà vu.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(EncodingRescue.tryGb18030(latin1)).isEmpty();
        PostContent c = PostContent.inspect("cafe.md", latin1);
        assertThat(c.verdict()).isEqualTo(PostContent.Verdict.READ_ONLY);
        assertThat(c.sentence()).contains("not valid UTF-8").contains("read-only");
    }

    @Test
    void utf8IsNeverRescued() {
        byte[] utf8 = OLD_POST.getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingRescue.tryGb18030(utf8)).isEmpty();
        assertThat(PostContent.inspect("x.md", utf8).verdict()).isEqualTo(PostContent.Verdict.EDIT);
    }

    @Test
    void aBinaryFileNamedMdIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        PostContent c = PostContent.inspect("photo.md", png);
        assertThat(c.verdict()).isEqualTo(PostContent.Verdict.REFUSE);
        assertThat(c.sentence()).startsWith("photo.md is not a text file").contains("did not open it");
    }

    @Test
    void controlCharacterSoupIsRefusedEvenWithoutNul() {
        byte[] junk = new byte[4000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (1 + i % 30);
        }
        assertThat(PostContent.inspect("junk.md", junk).verdict()).isEqualTo(PostContent.Verdict.REFUSE);
    }

    @Test
    void strictUtf8CheckMatchesTheJdk() {
        byte[][] cases = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE4, (byte) 0xB8},
            "ok 中文 😀".getBytes(StandardCharsets.UTF_8), "\uFFFD replacement char is fine".getBytes(StandardCharsets.UTF_8)};
        boolean[] valid = {false, false, false, false, true, true};
        for (int i = 0; i < cases.length; i++) {
            assertThat(Utf8.firstInvalid(cases[i], 0) < 0).as("case " + i).isEqualTo(valid[i]);
            assertThat(PostDocument.parse(cases[i]).isReadOnly()).as("case " + i).isEqualTo(!valid[i]);
        }
    }
}
