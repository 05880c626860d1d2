package org.postdesk.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The bytes this process was started with, as the kernel keeps them ({@code /proc/self/cmdline}
 * on Linux): the program and every argument, before Java decoded them. A Java started under an
 * ASCII locale turns each non-ASCII byte of its arguments into U+FFFD; these bytes are still
 * whole, so the process can start itself again with the same command (decision record 0033).
 */
public final class OwnCommandLine {
    private static final Path PROC = Path.of("/proc/self/cmdline");

    private OwnCommandLine() {
    }

    /** The program and its arguments, or empty where the system does not tell (not Linux). */
    public static Optional<List<byte[]>> read() {
        try {
            return Optional.of(split(Files.readAllBytes(PROC))).filter(argv -> !argv.isEmpty());
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Splits the kernel's NUL-terminated strings. */
    static List<byte[]> split(byte[] raw) {
        List<byte[]> argv = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                argv.add(Arrays.copyOfRange(raw, start, i));
                start = i + 1;
            }
        }
        if (start < raw.length) {
            argv.add(Arrays.copyOfRange(raw, start, raw.length));
        }
        return argv;
    }
}
