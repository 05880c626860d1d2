package org.postdesk.core.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The bytes of one journal file: a few {@code key: value} header lines, a blank line, then the
 * post's text unchanged (UTF-8). Values escape backslash, CR and LF so any path fits on one line.
 */
final class JournalFormat {
    static final String MAGIC = "postdesk-journal 1";

    private JournalFormat() {
    }

    static byte[] write(JournalEntry e) {
        StringBuilder sb = new StringBuilder(e.text().length() + 400);
        sb.append(MAGIC).append('\n');
        header(sb, "blog", e.blogRoot().toString());
        header(sb, "post", e.postPath());
        header(sb, "saved-at", e.savedAt().toString());
        if (e.startedFrom() != null) {
            DiskState d = e.startedFrom();
            header(sb, "disk-size", Long.toString(d.size()));
            header(sb, "disk-modified", Long.toString(d.modifiedMillis()));
            header(sb, "disk-sha256", d.sha256());
        }
        sb.append('\n').append(e.text());
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The entry, or null when the bytes are not a complete journal file. */
    static JournalEntry read(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.UTF_8);
        int end = all.indexOf("\n\n");
        if (!all.startsWith(MAGIC + "\n") || end < 0) {
            return null;
        }
        Map<String, String> h = new HashMap<>();
        for (String line : all.substring(MAGIC.length() + 1, end).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                h.put(line.substring(0, colon), unescape(line.substring(colon + 2)));
            }
        }
        try {
            DiskState disk = h.containsKey("disk-sha256") ? new DiskState(Long.parseLong(h.get("disk-size")),
                    Long.parseLong(h.get("disk-modified")), h.get("disk-sha256")) : null;
            return new JournalEntry(Path.of(h.get("blog")), h.get("post"), all.substring(end + 2), disk,
                    Instant.parse(h.get("saved-at")));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void header(StringBuilder sb, String key, String value) {
        sb.append(key).append(": ").append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
                .append('\n');
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
