package org.postdesk.core.post;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * Older Chinese posts are often GB18030 (or its subset GBK/GB2312) rather than UTF-8. Such a
 * file opens read-only; when it decodes cleanly as GB18030 and reads like Chinese text, the
 * window offers to convert it. Converting changes nothing on disk until the author saves.
 */
public final class EncodingRescue {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] GB_BOM = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};

    private EncodingRescue() {
    }

    /**
     * The text, when {@code bytes} are not UTF-8 but are valid GB18030 whose non-ASCII characters
     * are mostly Chinese (CJK ideographs, CJK and full-width punctuation); empty otherwise.
     */
    public static Optional<String> tryGb18030(byte[] bytes) {
        if (PostContent.isUtf8(bytes) || PostContent.hasNul(bytes)) {
            return Optional.empty();
        }
        int start = startsWith(bytes, GB_BOM) ? GB_BOM.length : 0;
        String text;
        try {
            text = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        return readsAsChinese(text) ? Optional.of(text) : Optional.empty();
    }

    /** The sentence the window shows with its Convert button. */
    public static String offer(String fileName) {
        return fileName + " is not UTF-8 but reads cleanly as GB18030 (Chinese, as older editors saved it)."
                + " Convert it to UTF-8? Only the encoding changes, and nothing is written until you save;"
                + " until then the file on disk stays as it is.";
    }

    /** The converted post, ready to edit and save as UTF-8 (no BOM). */
    public static PostDocument asUtf8(String decodedText) {
        return PostDocument.ofText(decodedText);
    }

    private static boolean readsAsChinese(String text) {
        int nonAscii = 0;
        int chinese = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
                    return false;
                }
                continue;
            }
            nonAscii++;
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
                    || block == Character.UnicodeBlock.BOX_DRAWING
                    || block == Character.UnicodeBlock.GEOMETRIC_SHAPES) {
                chinese++;
            }
        }
        return nonAscii > 0 && chinese * 10 >= nonAscii * 9;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
