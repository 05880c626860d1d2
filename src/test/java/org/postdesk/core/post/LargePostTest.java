package org.postdesk.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A 50 MB post opens, edits and saves back exactly; the time goes into the benchmark, not an assertion. */
public class LargePostTest {
    /** About 55 MB of Chinese and English prose with Hux front matter. */
    public static byte[] fiftyMegabytes() {
        StringBuilder sb = new StringBuilder(26_000_000);
        sb.append("---\nlayout:     post\ntitle:      \"很长的文章\"\n---\n");
        while (sb.length() < 25_000_000) {
            sb.append("当前，电信网络诈骗犯罪已成为侵害群众利益的主要刑事犯罪之一。Some English words too.\n\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFiftyMegabytePostOpensEditableAndRoundTrips() {
        byte[] bytes = fiftyMegabytes();
        assertThat(bytes.length).isGreaterThan(50_000_000);
        assertThat(PostContent.inspect("big.md", bytes).verdict()).isEqualTo(PostContent.Verdict.EDIT);
        PostDocument doc = PostDocument.parse(bytes);
        assertThat(doc.isReadOnly()).isFalse();
        assertThat(doc.isModified()).isFalse();
        assertThat(doc.toBytes()).isEqualTo(bytes);
        PostDocument edited = doc.withBody(doc.body() + "最后一行\n");
        assertThat(edited.isModified()).isTrue();
        assertThat(edited.toBytes().length).isEqualTo(bytes.length + "最后一行\n".getBytes(StandardCharsets.UTF_8).length);
    }
}
