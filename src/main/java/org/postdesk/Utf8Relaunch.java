package org.postdesk;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.postdesk.core.io.OwnCommandLine;

/**
 * Starts Postdesk again under {@code LC_ALL=C.UTF-8} when this Java reads file names in an
 * encoding that is not UTF-8 ({@code LANG=C}, or a UTF-8 locale that is not installed: Java 17
 * then reads every name as ASCII and cannot open a post with a Chinese name). Only the locale
 * decides that encoding; {@code -Dsun.jnu.encoding} and {@code -Dfile.encoding} do not (decision
 * record 0033 has the measurements).
 *
 * <p>Java cannot hand non-ASCII bytes to a child process from an ASCII locale, so the command
 * goes through {@code /bin/sh} as a pure ASCII script that rebuilds every argument byte for byte
 * with {@code printf} octal escapes.
 */
public final class Utf8Relaunch {
    /** Set in the child, so a system without {@code C.UTF-8} never starts Postdesk twice over. */
    static final String MARK = "POSTDESK_RELAUNCHED";
    static final String LOCALE = "C.UTF-8";

    private Utf8Relaunch() {
    }

    /**
     * Runs this same command again as a child under {@code LC_ALL=C.UTF-8} when file names need it,
     * and returns the child's exit code; empty when this process should carry on itself (names are
     * already UTF-8, Windows or macOS, already relaunched, or the command line is not known).
     */
    public static OptionalInt runIfNeeded() {
        if (!needed(System.getProperty("os.name", ""), System.getProperty("sun.jnu.encoding", ""), System.getenv())) {
            return OptionalInt.empty();
        }
        List<byte[]> argv = OwnCommandLine.read().orElse(List.of());
        if (argv.isEmpty()) {
            warn("the system does not tell this process its own command line");
            return OptionalInt.empty();
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script(argv)).inheritIO();
        childEnvironment(pb.environment());
        Process child;
        try {
            child = pb.start();
        } catch (IOException | SecurityException e) {
            warn("/bin/sh could not be started (" + e.getMessage() + ")");
            return OptionalInt.empty();
        }
        Thread stopChild = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
            }
        }, "postdesk-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // keep waiting: the child owns the window or the command now
            }
        }
    }

    /**
     * The child's environment: the UTF-8 locale, the mark, and none of the app image launcher's own
     * variables ({@code _JPACKAGE_LAUNCHER}): with one set, the launcher takes its arguments for a
     * {@code java} command line and reads {@code render} as a main class.
     */
    static void childEnvironment(Map<String, String> env) {
        env.keySet().removeIf(name -> name.startsWith("_JPACKAGE"));
        env.put("LC_ALL", LOCALE);
        env.put(MARK, "1");
    }

    private static void warn(String why) {
        System.err.println("postdesk: this Java reads file names as " + System.getProperty("sun.jnu.encoding")
                + " because of the locale, and Postdesk could not start itself again under " + LOCALE + ": "
                + why + ". Names with Chinese or other non-ASCII letters cannot be opened; start Postdesk with"
                + " LANG=" + LOCALE + ".");
    }

    /**
     * Whether this process reads file names in an encoding other than UTF-8 on a system where a
     * locale sets it (not Windows, whose file names are UTF-16, nor macOS, always UTF-8).
     */
    static boolean needed(String osName, String fileNameEncoding, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || env.containsKey(MARK)) {
            return false;
        }
        String enc = fileNameEncoding.toUpperCase(Locale.ROOT).replace("-", "");
        return !enc.equals("UTF8");
    }

    /** An ASCII {@code sh} script that runs {@code argv} exactly, byte for byte. */
    static String script(List<byte[]> argv) {
        StringBuilder sb = new StringBuilder("set --\n");
        for (byte[] arg : argv) {
            // guard characters: printf takes no text starting with '-' for an option, and $(...)
            // keeps no trailing newline; both guards are cut off again
            sb.append("a=$(printf 'x").append(escape(arg)).append("x'); a=${a#x}; set -- \"$@\" \"${a%x}\"\n");
        }
        return sb.append("exec \"$@\"\n").toString();
    }

    private static String escape(byte[] arg) {
        StringBuilder sb = new StringBuilder();
        for (byte b : arg) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "/._-=:,+@".indexOf(c) >= 0;
            if (plain) {
                sb.append((char) c);
            } else if (c == '%') {
                sb.append("%%");
            } else {
                sb.append('\\').append(String.format(Locale.ROOT, "%03o", c));
            }
        }
        return sb.toString();
    }
}
