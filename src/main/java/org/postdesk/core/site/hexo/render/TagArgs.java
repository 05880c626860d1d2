package org.postdesk.core.site.hexo.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A tag's arguments as Hexo gets them from Nunjucks: split at whitespace, a quoted part is one
 * piece without its quotes (backslash escapes read), pieces touching each other joined
 * ({@code title:"a b"} is {@code title:a b}), empty pieces dropped. Stateless.
 */
final class TagArgs {

    private TagArgs() {
    }

    static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        int n = args.length();
        for (int i = 0; i < n; i++) {
            char c = args.charAt(i);
            if (Character.isWhitespace(c)) {
                flush(item, out);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && args.charAt(j) != c) {
                    if (args.charAt(j) == '\\' && j + 1 < n) {
                        char e = args.charAt(++j);
                        item.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
                    } else {
                        item.append(args.charAt(j));
                    }
                    j++;
                }
                i = j;
            } else {
                item.append(c);
            }
        }
        flush(item, out);
        return out;
    }

    private static void flush(StringBuilder item, List<String> out) {
        String s = item.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        item.setLength(0);
    }
}
