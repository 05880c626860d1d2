package org.postdesk.core.post;

import java.util.ArrayList;
import java.util.List;

/**
 * Line-ending bookkeeping. The editor works on text with {@code \n} only; the file keeps
 * whatever it had. Lines the author did not touch keep their original ending, new or
 * changed lines get the file's dominant one.
 */
public final class LineEndings {
    private LineEndings() {
    }

    /** The ending most lines of {@code text} use; {@code \n} when there is none. */
    public static String dominant(String text) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        if (cr > lf && cr > crlf) {
            return "\r";
        }
        return "\n";
    }

    /** {@code text} with every CRLF and lone CR turned into LF. */
    public static String normalize(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Gives {@code edited} (LF-only text) the line endings of {@code original}: the lines
     * before the first changed line and after the last one keep theirs, the changed ones
     * take the dominant ending. When nothing changed, {@code original} itself comes back.
     */
    public static String restore(String original, String edited) {
        if (original.indexOf('\r') < 0) {
            return edited;
        }
        List<String[]> lines = split(original);
        List<String> editedLines = splitLf(edited);
        int n = lines.size();
        int m = editedLines.size();
        int prefix = 0;
        while (prefix < n && prefix < m && lines.get(prefix)[0].equals(editedLines.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && lines.get(n - 1 - suffix)[0].equals(editedLines.get(m - 1 - suffix))) {
            suffix++;
        }
        String fallback = dominant(original);
        StringBuilder out = new StringBuilder(edited.length() + m);
        for (int i = 0; i < m; i++) {
            boolean needsEnding = i < m - 1 || edited.endsWith("\n");
            String ending = "";
            if (needsEnding) {
                if (i < prefix) {
                    ending = lines.get(i)[1];
                } else if (i >= m - suffix) {
                    ending = lines.get(n - (m - i))[1];
                }
                if (ending.isEmpty()) {
                    ending = fallback;
                }
            }
            out.append(editedLines.get(i)).append(ending);
        }
        return out.toString();
    }

    /** Lines of text as [content, ending] pairs; a trailing ending gives no empty last line. */
    private static List<String[]> split(String text) {
        List<String[]> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.add(new String[] {text.substring(start, end), text.substring(end, i + 1)});
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            out.add(new String[] {text.substring(start), ""});
        }
        return out;
    }

    private static List<String> splitLf(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
