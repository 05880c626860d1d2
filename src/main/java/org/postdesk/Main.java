package org.postdesk;

import org.postdesk.cli.Cli;

/**
 * Entry point of the jar. Not an Application subclass, so the shaded jar starts without the
 * JavaFX launcher checks. A first argument naming a command runs the command line; anything
 * else opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli();
        if (args.length > 0 && cli.isCommand(args[0])) {
            System.exit(cli.run(args, System.out, System.err));
        }
        launchWindow(args);
    }

    private static void launchWindow(String[] args) {
        System.err.println("postdesk: the window is not part of this build yet; try 'postdesk --help'.");
        System.exit(2);
    }
}
