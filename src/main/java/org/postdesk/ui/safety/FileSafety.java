package org.postdesk.ui.safety;

import java.nio.file.Path;
import java.util.function.BiFunction;
import javafx.stage.Window;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.core.io.JournalLocation;
import org.postdesk.ui.common.FileQuestions;
import org.postdesk.ui.common.FxFileQuestions;
import org.postdesk.ui.common.ShellContext;

/**
 * What the features that keep text safe need from outside: where the recovery journal lives
 * (the user's data folder; a temporary folder in tests), the questions about files, and how
 * saves write bytes (tests simulate a full disk).
 */
public record FileSafety(Path journalRoot, BiFunction<Window, ShellContext, FileQuestions> questions, AtomicFiles.Sink sink) {

    /** The journal in the user's data folder, real dialogs, real writes. */
    public static FileSafety forCurrentUser() {
        return new FileSafety(JournalLocation.forCurrentUser(), FxFileQuestions::new, AtomicFiles.CHANNEL);
    }
}
