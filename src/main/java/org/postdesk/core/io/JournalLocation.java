package org.postdesk.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the recovery journal lives: in the user's data folder, never inside a blog.
 * Linux and others {@code $XDG_DATA_HOME/postdesk/journal} (else {@code ~/.local/share/postdesk/journal}),
 * macOS {@code ~/Library/Application Support/Postdesk/journal}, Windows {@code %APPDATA%\Postdesk\journal}.
 */
public final class JournalLocation {
    private JournalLocation() {
    }

    /** The folder for this user on this machine. */
    public static Path forCurrentUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The folder for an operating system name, an environment and a home folder (pure; for tests). */
    public static Path of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Postdesk").resolve("journal");
        }
        if (os.startsWith("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Postdesk").resolve("journal");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("postdesk").resolve("journal");
    }
}
