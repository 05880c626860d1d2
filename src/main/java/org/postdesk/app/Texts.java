package org.postdesk.app;

/** The UI strings in the author's language, as the session layer needs them for its sentences. */
@FunctionalInterface
public interface Texts {

    /** The string for {@code key}, a MessageFormat pattern filled with {@code args}. */
    String text(String key, Object... args);
}
