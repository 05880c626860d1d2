package org.postdesk.ui.images;

import java.util.List;

/** Where inserted image lines go in the text, so Markdown does not join them to a paragraph. */
final class ImagePlacement {
    private ImagePlacement() {
    }

    /**
     * The image lines as they go in at {@code offset}: inside a line of text they stay in that
     * line; anywhere else each image is its own paragraph, with the blank lines before and after
     * that are missing (never more), so Markdown does not join it to the text above or below.
     */
    static String placed(String text, int offset, List<String> images) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = text.indexOf('\n', offset);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        boolean textBefore = !text.substring(lineStart, offset).isBlank();
        boolean textAfter = !text.substring(offset, lineEnd).isBlank();
        if (textBefore && textAfter) {
            return String.join(" ", images);
        }
        String before;
        if (textBefore) {
            before = "\n\n";
        } else {
            before = lineStart == 0 || previousLineBlank(text, lineStart) ? "" : "\n";
        }
        String after;
        if (textAfter) {
            after = "\n\n";
        } else {
            after = lineEnd == text.length() || nextLineBlank(text, lineEnd) ? "" : "\n";
        }
        return before + String.join("\n\n", images) + after;
    }

    private static boolean previousLineBlank(String text, int lineStart) {
        int start = text.lastIndexOf('\n', lineStart - 2) + 1;
        return text.substring(start, lineStart - 1).isBlank();
    }

    private static boolean nextLineBlank(String text, int lineEnd) {
        int end = text.indexOf('\n', lineEnd + 1);
        return text.substring(lineEnd + 1, end < 0 ? text.length() : end).isBlank();
    }
}
