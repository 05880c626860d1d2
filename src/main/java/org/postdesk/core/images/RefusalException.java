package org.postdesk.core.images;

/** Why an image cannot be imported, as the first half of a sentence for the author. */
final class RefusalException extends Exception {
    private static final long serialVersionUID = 1L;

    RefusalException(String whatHappened) {
        super(whatHappened, null, false, false);
    }
}
