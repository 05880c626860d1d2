package org.postdesk.core.post;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What to do with the bytes of a file the author opens: edit it, open it read-only, offer to
 * convert it from GB18030, or refuse it because it is not text at all.
 *
 * @param verdict  the decision
 * @param sentence what the window tells the author (empty for {@link Verdict#EDIT})
 * @param gbText   the decoded text for {@link Verdict#OFFER_GB18030}, else null
 */
public record PostContent(Verdict verdict, String sentence, String gbText) {
    public enum Verdict { EDIT, READ_ONLY, OFFER_GB18030, REFUSE }

    private static final int SAMPLE = 8192;

    /** Looks at the bytes; {@code fileName} only goes into the sentence. Linear in the size. */
    public static PostContent inspect(String fileName, byte[] bytes) {
        if (looksBinary(bytes)) {
            return new PostContent(Verdict.REFUSE, fileName + " is not a text file (it holds binary data, such as an"
                    + " image or an archive, under a Markdown name), so Postdesk did not open it; the file is"
                    + " unchanged.", null);
        }
        if (isUtf8(bytes)) {
            return new PostContent(Verdict.EDIT, "", null);
        }
        Optional<String> gb = EncodingRescue.tryGb18030(bytes);
        if (gb.isPresent()) {
            return new PostContent(Verdict.OFFER_GB18030, EncodingRescue.offer(fileName), gb.get());
        }
        return new PostContent(Verdict.READ_ONLY, PostDocument.parse(bytes).readOnlyReason().orElse(""), null);
    }

    /** A NUL byte anywhere, or, in the first 8 KB, more than one byte in ten that no text uses. */
    static boolean looksBinary(byte[] bytes) {
        if (hasNul(bytes)) {
            return true;
        }
        int n = Math.min(bytes.length, SAMPLE);
        int odd = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                odd++;
            }
        }
        return n > 0 && odd * 10 > n;
    }

    static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isUtf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0
                || Utf8.firstInvalid(bytes, 0) < 0;
    }
}
