package org.postdesk.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code postdesk}. */
interface Command {
    String name();

    /** The --help text: usage line, then a short description. */
    String help();

    /** Runs the command; returns the exit code. Throws {@link UsageException} on bad arguments. */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
