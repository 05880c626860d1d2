package org.postdesk.core.render.html;

/** Decodes the character references that matter for reading URLs in attributes. */
final class Entities {

    private Entities() {
    }

    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '&') {
                sb.append(c);
                i++;
                continue;
            }
            int next = reference(s, i, sb);
            if (next < 0) {
                sb.append(c);
                i++;
            } else {
                i = next;
            }
        }
        return sb.toString();
    }

    /** Appends the decoded reference at {@code i}; returns the index after it, or -1 if none. */
    private static int reference(String s, int i, StringBuilder sb) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '#') {
            boolean hex = j + 1 < s.length() && (s.charAt(j + 1) == 'x' || s.charAt(j + 1) == 'X');
            int k = j + (hex ? 2 : 1);
            int start = k;
            long code = 0;
            while (k < s.length() && Character.digit(s.charAt(k), hex ? 16 : 10) >= 0 && k - start < 8) {
                code = code * (hex ? 16 : 10) + Character.digit(s.charAt(k), hex ? 16 : 10);
                k++;
            }
            if (k == start) {
                return -1;
            }
            sb.appendCodePoint(code == 0 || code > 0x10FFFF ? 0xFFFD : (int) code);
            return k < s.length() && s.charAt(k) == ';' ? k + 1 : k;
        }
        int k = j;
        while (k < s.length() && k - j < 10 && Character.isLetter(s.charAt(k))) {
            k++;
        }
        String name = s.substring(j, k);
        String value = switch (name) {
            case "amp", "AMP" -> "&";
            case "lt", "LT" -> "<";
            case "gt", "GT" -> ">";
            case "quot", "QUOT" -> "\"";
            case "apos" -> "'";
            case "colon" -> ":";
            case "Tab" -> "\t";
            case "NewLine" -> "\n";
            case "nbsp" -> "\u00A0";
            case "sol" -> "/";
            case "period" -> ".";
            default -> null;
        };
        if (value == null) {
            return -1;
        }
        sb.append(value);
        return k < s.length() && s.charAt(k) == ';' ? k + 1 : k;
    }
}
