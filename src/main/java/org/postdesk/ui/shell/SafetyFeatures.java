package org.postdesk.ui.shell;

import org.postdesk.ui.common.FileQuestions;
import org.postdesk.ui.files.PostFileActions;
import org.postdesk.ui.files.PostNotices;
import org.postdesk.ui.safety.DiskChangesFeature;
import org.postdesk.ui.safety.FileSafety;
import org.postdesk.ui.safety.ReadOnlyCopy;
import org.postdesk.ui.safety.RecoveryFeature;

/** Installs the features of "never lose a word" on a workbench. */
final class SafetyFeatures {

    private SafetyFeatures() {
    }

    /** The features the wiring talks to: the recovery (autosave delay) and the post actions (rename). */
    record Installed(RecoveryFeature recovery, PostFileActions files) {
    }

    /** @return the recovery feature, whose autosave delay the Settings dialog changes, and the post actions */
    static Installed install(Workbench bench, FileSafety safety) {
        FileQuestions questions = safety.questions().apply(bench.window().stage(), bench.context());
        bench.hooks.useSink(safety.sink());
        RecoveryFeature recovery = new RecoveryFeature(bench, safety.journalRoot(),
                AutosaveDelay.of(bench.context().settings()));
        bench.hooks.add(recovery);
        bench.hooks.add(new DiskChangesFeature(bench, questions));
        PostFileActions files = new PostFileActions(bench, questions);
        bench.hooks.add(files);
        bench.hooks.add(new PostNotices(bench));
        bench.hooks.add(new ReadOnlyCopy(bench));
        return new Installed(recovery, files);
    }
}
