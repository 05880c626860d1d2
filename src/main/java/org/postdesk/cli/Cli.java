package org.postdesk.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code postdesk COMMAND ARGS...}. Exit 0 on success, 1 when {@code check}
 * finds errors, 2 on bad usage or a failure, with a one-line message on stderr.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FOUND_ERRORS = 1;
    public static final int FAILURE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli() {
        for (Command c : List.of(new CheckCommand(), new SetCommand(), new RenderCommand(), new NewCommand(),
                new ImportImageCommand())) {
            commands.put(c.name(), c);
        }
    }

    /** Whether {@code word} names a command (so the launcher runs the CLI instead of the window). */
    public boolean isCommand(String word) {
        return commands.containsKey(word) || "help".equals(word) || "--help".equals(word) || "-h".equals(word);
    }

    /** Runs a command line on the process's console streams (the jar's entry point uses this). */
    public int runOnConsole(String[] args) {
        return run(args, System.out, System.err);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !commands.containsKey(args[0])) {
            if (args.length > 0 && !isCommand(args[0])) {
                err.println("postdesk: unknown command '" + args[0] + "'; try 'postdesk --help'.");
                return FAILURE;
            }
            out.println(overview());
            return OK;
        }
        Command command = commands.get(args[0]);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.help());
            return OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("postdesk " + command.name() + ": " + e.getMessage()
                    + " (see 'postdesk " + command.name() + " --help')");
            return FAILURE;
        } catch (RuntimeException e) {
            err.println("postdesk " + command.name() + ": failed: " + e);
            return FAILURE;
        }
    }

    private String overview() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: postdesk [BLOG_DIR | POST_FILE]     open the editor window\n");
        sb.append("       postdesk COMMAND [ARGS...]          run a command without a window\n\ncommands:\n");
        for (Command c : commands.values()) {
            String first = c.help().lines().findFirst().orElse("");
            sb.append("  ").append(first).append('\n');
        }
        sb.append("\n'postdesk COMMAND --help' describes one command.");
        return sb.toString();
    }
}
