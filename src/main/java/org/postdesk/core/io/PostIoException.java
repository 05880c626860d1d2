package org.postdesk.core.io;

/** A read or save that failed; the message is a sentence for the author. */
public final class PostIoException extends Exception {
    private static final long serialVersionUID = 1L;

    public PostIoException(String message, Throwable cause) {
        super(message, cause);
    }
}
