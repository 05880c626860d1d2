package org.postdesk.core.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Small text helpers for URLs and HTML. Pure functions. */
final class UrlText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlText() {
    }

    /** Percent-encodes every byte except the unreserved characters {@code A-Z a-z 0-9 - . _ ~}. */
    static String encodeSegment(String segment) {
        StringBuilder sb = null;
        for (int i = 0; i < segment.length(); i++) {
            if (!unreserved(segment.charAt(i))) {
                sb = new StringBuilder(segment.length() + 16).append(segment, 0, i);
                byte[] rest = segment.substring(i).getBytes(StandardCharsets.UTF_8);
                for (byte b : rest) {
                    char c = (char) (b & 0xFF);
                    if (unreserved(c)) {
                        sb.append(c);
                    } else {
                        sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                    }
                }
                break;
            }
        }
        return sb == null ? segment : sb.toString();
    }

    /** As {@link #encodeSegment} but keeps {@code /}: for marker URLs built from tag arguments. */
    static String encodeLoosely(String path) {
        String[] parts = path.split("/", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(encodeSegment(parts[i]));
        }
        return sb.toString();
    }

    /** True when the first {@code end} characters of {@code s} are all unreserved or {@code /} (nothing to encode). */
    static boolean unreservedOrSlash(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c != '/' && !unreserved(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** Decodes {@code %XX} sequences as UTF-8; a malformed sequence stays as written. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Escapes text for HTML content and double-quoted attribute values. */
    static String escapeHtml(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
