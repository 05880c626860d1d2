package org.postdesk;

import java.util.OptionalInt;
import javafx.application.Application;
import org.postdesk.cli.Cli;
import org.postdesk.ui.shell.PostdeskApp;

/**
 * Entry point of the jar. Not an Application subclass, so the shaded jar starts without the
 * JavaFX launcher checks. A first argument naming a command runs the command line; anything
 * else (nothing, a blog folder, a post file) opens the window. Under a locale that makes Java read
 * file names as ASCII, it first starts itself again under a UTF-8 locale (decision record 0033).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt relaunched = Utf8Relaunch.runIfNeeded();
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        Cli cli = new Cli();
        if (args.length > 0 && cli.isCommand(args[0])) {
            System.exit(cli.runOnConsole(args));
        }
        try {
            Application.launch(PostdeskApp.class, args);
        } catch (UnsupportedOperationException e) {
            // JavaFX found no display to open a window on (a server, an SSH session)
            System.err.println("postdesk: cannot open the window (" + e.getMessage() + "); the commands work"
                    + " without a display, see 'postdesk --help'.");
            System.exit(2);
        }
    }
}
