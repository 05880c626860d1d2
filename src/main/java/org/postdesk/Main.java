package org.postdesk;

import java.util.Set;
import javafx.application.Application;
import org.postdesk.ui.shell.PostdeskApp;

/**
 * Entry point of the jar. Not an Application subclass, so the shaded jar starts without the
 * JavaFX launcher checks. A first argument naming a command selects the command line;
 * anything else opens the window.
 */
public final class Main {

    /** The command names the command-line interface (org.postdesk.cli) will answer to. */
    static final Set<String> CLI_COMMANDS = Set.of("check", "render", "set", "new", "import-image");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CLI_COMMANDS.contains(args[0])) {
            // Seam for org.postdesk.cli.Cli.run(args), which is not part of this build yet.
            System.err.println("postdesk: the command line is not available in this build yet ("
                    + args[0] + ").");
            System.exit(2);
        }
        Application.launch(PostdeskApp.class, args);
    }
}
