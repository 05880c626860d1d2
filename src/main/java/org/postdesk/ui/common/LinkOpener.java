package org.postdesk.ui.common;

/** Opens an address outside the application (the system browser); the shell passes HostServices. */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
