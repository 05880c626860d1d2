package org.postdesk.ui.common;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The questions about post files: overwriting a file changed by someone else, moving a post to
 * the trash, the date to publish a draft on. An interface so that tests answer them;
 * {@link FxFileQuestions} shows real dialogs. FX thread; each blocks until answered.
 */
public interface FileQuestions {

    /** The answer to "the file changed on disk since you opened it". */
    enum Overwrite { OVERWRITE, RELOAD_THEIRS, CANCEL }

    Overwrite askOverwrite(String postTitle);

    boolean confirmTrash(String postTitle);

    Optional<LocalDate> askPublishDate(String postTitle, LocalDate today);
}
