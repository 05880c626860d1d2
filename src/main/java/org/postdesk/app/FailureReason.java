package org.postdesk.app;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.postdesk.core.io.PostFiles;

/** The part of a sentence that says why a background task failed. */
public final class FailureReason {

    private FailureReason() {
    }

    public static String of(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof BlogLoader.BlogOpenException open && open.getCause() instanceof IOException io) {
            return PostFiles.reason(io);
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
