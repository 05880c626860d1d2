package org.postdesk.core.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.diff.DiffFormatter;

/** Line differences between two versions of a post, as git shows them (the histogram algorithm). */
public final class Diffs {
    private static final DiffAlgorithm ALGORITHM = new HistogramDiff();

    private Diffs() {
    }

    /** A unified diff from {@code older} to {@code newer} with 3 lines of context; empty when they are equal. */
    public static String unified(String older, String newer) {
        RawText a = new RawText(older.getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText(newer.getBytes(StandardCharsets.UTF_8));
        EditList edits = ALGORITHM.diff(RawTextComparator.DEFAULT, a, b);
        if (edits.isEmpty()) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.setContext(3);
            formatter.format(edits, a, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
