package org.postdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Starts a desktop program under a fresh virtual X display (Xvfb) and times it as a person sees
 * it: when an X window whose name matches is mapped, when the screen first holds 90% of the
 * colours it settles on ("painted"), and the resident memory of the whole process tree after a
 * settle time. Needs {@code Xvfb}, {@code xdotool} and ImageMagick's {@code import} on the path;
 * the colours are counted here, on the screen scaled to half by averaging 2×2 pixels (small
 * anti-aliasing differences between frames do not count as new colours).
 *
 * <p>By hand, for back-to-back comparisons of launch variants (runs alternate A, B, A, B...):
 * {@code java -cp target/test-classes org.postdesk.bench.StartupProbe RUNS SETTLE_S LABEL NAME
 * -- COMMAND... [--- LABEL NAME -- COMMAND...]}; prints each run and the medians. {@code {HOME}} in
 * a command stands for a fresh home folder per run (its {@code .openjfx} shared with the bench's).
 */
public final class StartupProbe {

    /** One start: seconds to the mapped window and to "painted" (null when never), MB resident. */
    public record Sample(Double windowSeconds, Double paintedSeconds, double rssMegabytes) {
    }

    /**
     * A program to start: a label for the figures, the window-name pattern, the command, extra
     * environment, and entries of the fresh home that are links to folders kept across runs (a
     * cache every start after a user's first one finds, such as JavaFX's unpacked native libraries).
     */
    public record Launch(String label, String windowName, List<String> command, Map<String, String> env,
                         Map<String, Path> homeLinks) {
    }

    private static final long POLL_MILLIS = 50;

    /** In a command or environment value: a fresh empty folder made for each run (the user's home). */
    public static final String HOME = "{HOME}";

    private StartupProbe() {
    }

    /** A sentence saying which tool is missing, or null when the probe can run here. */
    public static String missingTool() {
        for (String tool : List.of("Xvfb", "xdotool", "import")) {
            if (!onPath(tool)) {
                return tool + " is not installed (apt-get install xvfb xdotool imagemagick)";
            }
        }
        return null;
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** One start of {@code launch} on its own display, measured for {@code settleSeconds}. */
    public static Sample measure(Launch launch, double settleSeconds) throws IOException, InterruptedException {
        int display = ThreadLocalRandom.current().nextInt(200, 600);
        String name = ":" + display;
        Process xvfb = new ProcessBuilder("Xvfb", name, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            waitForDisplay(display, xvfb);
            ProcessBuilder builder = new ProcessBuilder(launch.command())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            Path home = Files.createTempDirectory("postdesk-probe-home");
            for (Map.Entry<String, Path> link : launch.homeLinks().entrySet()) {
                Files.createDirectories(link.getValue());
                Files.createSymbolicLink(home.resolve(link.getKey()), link.getValue());
            }
            builder.command(launch.command().stream().map(a -> a.replace(HOME, home.toString())).toList());
            launch.env().forEach((k, v) -> builder.environment().put(k, v.replace(HOME, home.toString())));
            builder.environment().put("DISPLAY", name);
            long t0 = System.nanoTime();
            Process app = builder.start();
            try {
                return watch(app, launch.windowName(), name, t0, settleSeconds);
            } finally {
                // politely first (a JVM writes what it logs at exit), then by force
                List<ProcessHandle> tree = app.descendants().toList();
                app.destroy();
                if (!app.waitFor(5, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                    app.waitFor(5, TimeUnit.SECONDS);
                }
                tree.forEach(ProcessHandle::destroyForcibly);
                deleteTree(home);
            }
        } finally {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
            xvfb.destroyForcibly();
        }
    }

    private static Sample watch(Process app, String windowName, String display, long t0, double settleSeconds)
            throws IOException, InterruptedException {
        long settle = (long) (settleSeconds * 1e9);
        Double mapped = null;
        List<double[]> colours = new ArrayList<>();
        while (System.nanoTime() - t0 < settle && app.isAlive()) {
            if (mapped == null) {
                if (windowShown(display, windowName)) {
                    mapped = (System.nanoTime() - t0) / 1e9;
                }
            } else {
                int count = screenColours(display);
                colours.add(new double[] {(System.nanoTime() - t0) / 1e9, count});
            }
            Thread.sleep(POLL_MILLIS);
        }
        long left = settle - (System.nanoTime() - t0);
        if (left > 0) {
            Thread.sleep(left / 1_000_000);
        }
        double rss = treeRssMegabytes(app.toHandle());
        return new Sample(mapped, painted(colours), rss);
    }

    /** The first time the screen held 90% of the colours it ends with; null when it never drew much. */
    static Double painted(List<double[]> series) {
        double last = 0;
        for (int i = Math.max(0, series.size() - 5); i < series.size(); i++) {
            last = Math.max(last, series.get(i)[1]);
        }
        if (last <= 200) {
            return null;
        }
        for (double[] point : series) {
            if (point[1] >= 0.9 * last) {
                return point[0];
            }
        }
        return null;
    }

    private static boolean windowShown(String display, String windowName) throws IOException, InterruptedException {
        ProcessBuilder search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", windowName)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        search.environment().put("DISPLAY", display);
        Process p = search.start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        return !new String(out, StandardCharsets.US_ASCII).isBlank();
    }

    /** Distinct colours of the root window, scaled to half size by averaging 2×2 pixels. */
    static int screenColours(String display) throws IOException, InterruptedException {
        ProcessBuilder shot = new ProcessBuilder("import", "-display", display, "-window", "root", "-depth", "8", "ppm:-")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = shot.start();
        byte[] ppm;
        try (InputStream in = p.getInputStream()) {
            ppm = in.readAllBytes();
        }
        p.waitFor();
        return halfScaleColours(ppm);
    }

    /** Colours of a binary PPM (P6, maxval 255) after averaging each 2×2 block; 0 for anything else. */
    static int halfScaleColours(byte[] ppm) {
        int[] header = new int[3];
        int pos = 2;
        if (ppm.length < 2 || ppm[0] != 'P' || ppm[1] != '6') {
            return 0;
        }
        for (int field = 0; field < 3; field++) {
            while (pos < ppm.length && (Character.isWhitespace(ppm[pos]) || ppm[pos] == '#')) {
                if (ppm[pos] == '#') {
                    while (pos < ppm.length && ppm[pos] != '\n') {
                        pos++;
                    }
                }
                pos++;
            }
            int value = 0;
            while (pos < ppm.length && Character.isDigit(ppm[pos])) {
                value = value * 10 + (ppm[pos++] - '0');
            }
            header[field] = value;
        }
        pos++; // the one whitespace byte before the pixels
        int width = header[0];
        int height = header[1];
        if (header[2] != 255 || (long) width * height * 3 > ppm.length - pos) {
            return 0;
        }
        BitSet seen = new BitSet(1 << 24);
        for (int y = 0; y + 1 < height; y += 2) {
            for (int x = 0; x + 1 < width; x += 2) {
                int a = pos + (y * width + x) * 3;
                int b = a + width * 3;
                int r = ((ppm[a] & 255) + (ppm[a + 3] & 255) + (ppm[b] & 255) + (ppm[b + 3] & 255) + 2) / 4;
                int g = ((ppm[a + 1] & 255) + (ppm[a + 4] & 255) + (ppm[b + 1] & 255) + (ppm[b + 4] & 255) + 2) / 4;
                int bl = ((ppm[a + 2] & 255) + (ppm[a + 5] & 255) + (ppm[b + 2] & 255) + (ppm[b + 5] & 255) + 2) / 4;
                seen.set((r << 16) | (g << 8) | bl);
            }
        }
        return seen.cardinality();
    }

    /** Resident memory of a process and all its descendants, from /proc, in MB. */
    static double treeRssMegabytes(ProcessHandle root) {
        long kb = rssKb(root.pid());
        for (ProcessHandle child : root.descendants().toList()) {
            kb += rssKb(child.pid());
        }
        return kb / 1024.0;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended meanwhile: it holds no memory
        }
        return 0;
    }

    static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void waitForDisplay(int display, Process xvfb) throws InterruptedException, IOException {
        Path socket = Path.of("/tmp/.X11-unix/X" + display);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(socket)) {
            if (!xvfb.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("Xvfb did not start on display :" + display);
            }
            Thread.sleep(20);
        }
        Thread.sleep(200); // the socket exists a moment before the server accepts clients
    }

    /** Runs every launch {@code runs} times, alternating, and returns the samples per label. */
    public static Map<String, List<Sample>> interleaved(List<Launch> launches, int runs, double settleSeconds,
                                                        boolean print) throws IOException, InterruptedException {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            for (Launch launch : launches) {
                Sample s = measure(launch, settleSeconds);
                samples.computeIfAbsent(launch.label(), k -> new ArrayList<>()).add(s);
                if (print) {
                    System.out.printf(Locale.ROOT, "run %d %-24s window %s s, painted %s s, rss %.0f MB%n", run + 1,
                            launch.label(), round(s.windowSeconds()), round(s.paintedSeconds()), s.rssMegabytes());
                }
            }
        }
        return samples;
    }

    /** Median of the values that are present, or null when none is. */
    public static Double median(List<Sample> samples, java.util.function.Function<Sample, Double> figure) {
        List<Double> present = samples.stream().map(figure).filter(v -> v != null).toList();
        return present.isEmpty() ? null : Benchmark.median(present);
    }

    private static String round(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        double settle = Double.parseDouble(args[1]);
        List<Launch> launches = new ArrayList<>();
        int i = 2;
        while (i < args.length) {
            String label = args[i];
            String window = args[i + 1];
            if (!"--".equals(args[i + 2])) {
                throw new IllegalArgumentException("expected -- after the window name of " + label);
            }
            List<String> command = new ArrayList<>();
            i += 3;
            while (i < args.length && !"---".equals(args[i])) {
                command.add(args[i++]);
            }
            i++;
            launches.add(new Launch(label, window, command, Map.of("HOME", HOME), Map.of(".openjfx", StartupBench.NATIVE_CACHE)));
        }
        Map<String, List<Sample>> all = interleaved(launches, runs, settle, true);
        all.forEach((label, samples) -> System.out.printf(Locale.ROOT,
                "median %-24s window %s s, painted %s s, rss %.0f MB%n", label,
                round(median(samples, Sample::windowSeconds)), round(median(samples, Sample::paintedSeconds)),
                median(samples, s -> s.rssMegabytes())));
    }
}
