package org.postdesk.core.git;

/** What a push did; {@code sentence} explains a refusal (empty otherwise). */
public record PushOutcome(Kind kind, String sentence) {

    public enum Kind {
        PUSHED,
        UP_TO_DATE,
        /** The remote has commits we have not pulled: nothing was pushed (never forced). */
        REMOTE_AHEAD,
        /** The remote refused for another reason (a protected branch, a hook). */
        REFUSED
    }
}
