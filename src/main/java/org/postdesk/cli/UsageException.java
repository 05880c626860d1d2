package org.postdesk.cli;

/** Bad command-line arguments (exit 2). */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
