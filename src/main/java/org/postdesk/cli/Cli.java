package org.postdesk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postdesk.core.site.Generators;

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
        this(Generators.standard());
    }

    /** With these generators deciding which folders are blogs and what their rules are (docs/decisions/0029). */
    public Cli(Generators generators) {
        for (Command c : List.of(new CheckCommand(generators), new SetCommand(generators),
                new RenderCommand(generators), new NewCommand(generators), new ImportImageCommand(generators),
                new StatusCommand(generators), new PublishCommand(generators))) {
            commands.put(c.name(), c);
        }
    }

    /** Whether {@code word} names a command (so the launcher runs the CLI instead of the window). */
    public boolean isCommand(String word) {
        return commands.containsKey(word) || "help".equals(word) || "--help".equals(word) || "-h".equals(word);
    }

    /** Runs a command line on the process's console streams (the jar's entry point uses this). */
    public int runOnConsole(String[] args) {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return run(args, System.out, System.err); // the console's own code page
        }
        // UTF-8 whatever the locale: under LANG=C Java would print every Chinese letter as '?' (0033)
        return run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
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
        String unreadable = unreadableArguments(args, System.getProperty("sun.jnu.encoding", "UTF-8"));
        if (unreadable != null) {
            err.println("postdesk " + command.name() + ": " + unreadable);
            return FAILURE;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("postdesk " + command.name() + ": " + e.getMessage()
                    + " (see 'postdesk " + command.name() + " --help')");
            return FAILURE;
        } catch (InvalidPathException e) {
            err.println("postdesk " + command.name() + ": the path '" + e.getInput() + "' cannot be used on this"
                    + " system (" + e.getReason() + "); nothing was changed.");
            return FAILURE;
        } catch (RuntimeException e) {
            err.println("postdesk " + command.name() + ": an unexpected problem stopped the command"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + "; files already written"
                    + " were written whole, nothing else was changed.");
            return FAILURE;
        }
    }

    /**
     * A sentence when the command line could not be read as text: a Java started under an ASCII
     * locale ({@code LANG=C}) turns every non-ASCII byte of the arguments into U+FFFD, so a Chinese
     * title or path would be written or looked up damaged. Null when the arguments are fine.
     */
    static String unreadableArguments(String[] args, String commandLineEncoding) {
        String enc = commandLineEncoding.toUpperCase(Locale.ROOT).replace("-", "");
        if (enc.equals("UTF8")) {
            return null;
        }
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                return "the command line holds characters that this Java could not read, because it runs"
                        + " with a locale whose encoding is " + commandLineEncoding + " (such as LANG=C), not UTF-8;"
                        + " nothing was changed. Run it with a UTF-8 locale, for example LANG=C.UTF-8.";
            }
        }
        return null;
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
