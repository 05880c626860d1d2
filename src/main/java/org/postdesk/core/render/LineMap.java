package org.postdesk.core.render;

import java.util.Arrays;

/**
 * Which editor (source) line each line of the Liquid step's output came from. Outside Liquid
 * control flow, output lines are the source lines; a loop's or capture's output lines all map
 * to the line where it starts, and the lines after it map back exactly. Immutable.
 */
public final class LineMap {

    /** Output line N is source line N. */
    public static final LineMap IDENTITY = new LineMap(null);

    private final int[] sourceLines;

    private LineMap(int[] sourceLines) {
        this.sourceLines = sourceLines;
    }

    /**
     * A map from the source line of each output line ({@code lines[i]} for output line i);
     * the identity map when that is what it is.
     */
    public static LineMap of(int[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] != i) {
                return new LineMap(Arrays.copyOf(lines, lines.length));
            }
        }
        return IDENTITY;
    }

    public boolean isIdentity() {
        return sourceLines == null;
    }

    /** The source line of this output line (0-based both); past the end, the last line keeps its offset. */
    public int sourceLine(int outputLine) {
        if (sourceLines == null || outputLine < 0) {
            return outputLine;
        }
        if (outputLine < sourceLines.length) {
            return sourceLines[outputLine];
        }
        int last = sourceLines.length - 1;
        return last < 0 ? outputLine : sourceLines[last] + (outputLine - last);
    }

    @Override
    public String toString() {
        return sourceLines == null ? "LineMap[identity]" : "LineMap" + Arrays.toString(sourceLines);
    }
}
