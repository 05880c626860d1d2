package org.postdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.postdesk.SharedFolders;
import org.postdesk.core.render.SyntheticPost;

/**
 * start_window_s, start_painted_s (seed post) and start_1mb_window_s, start_1mb_painted_s, and
 * rss_seed_mb, rss_1mb_mb: the real jar started as a process on a virtual display
 * ({@link StartupProbe}), opening the seed blog's post and a 1 MB post from the command line, the
 * memory of its process tree after the settle time. When ghostwriter (a Qt Markdown editor with
 * a live preview) is installed it opens the same files in the same run, alternating with
 * Postdesk, and its figures are recorded with the prefix {@code peer_}. Medians of
 * {@code -Dbench.start.runs} runs (3) after {@code -Dbench.start.settle} seconds (25).
 *
 * <p>Postdesk is started as the README says: {@code java @target/postdesk.jvm -jar
 * target/postdesk.jar POST} when the build wrote the options file, or {@code -Dbench.start.javaOptions}
 * (space-separated) in its place. Skipped, with a sentence, without the jar, the seed blog or
 * the X tools. {@code -Dbench.start.baselineJar=JAR} adds another build's jar, started with
 * {@code java -jar} alone, to the same run ({@code baseline_…} figures).
 */
final class StartupBench implements BenchSection {

    private static final int RUNS = Integer.getInteger("bench.start.runs", 3);
    private static final double SETTLE = Double.parseDouble(System.getProperty("bench.start.settle", "25"));
    private static final String ONE_MB = "_posts/2025-01-02-one-megabyte.md";
    /** {@code -Dbench.start.baselineJar}: another build's jar, started plainly ({@code java -jar}) in the same run. */
    private static final String BASELINE = System.getProperty("bench.start.baselineJar");
    static final Path NATIVE_CACHE = Path.of(System.getProperty("java.io.tmpdir"), "postdesk-bench-openjfx");

    @Override
    public void run(BiConsumer<String, Double> record) throws Exception {
        Path jar = Path.of(System.getProperty("bench.start.jar", "target/postdesk.jar")).toAbsolutePath();
        Path seed = SharedFolders.seedBlog();
        String missing = StartupProbe.missingTool();
        if (missing != null || !Files.isRegularFile(jar) || !Files.isDirectory(seed.resolve("_posts"))) {
            System.out.println("start: skipped, " + (missing != null ? missing
                    : !Files.isRegularFile(jar) ? jar + " is missing (mvn package builds it)"
                    : "the seed blog " + seed + " is missing (-Dpostdesk.seedBlog=DIR)") + ".");
            return;
        }
        Path blog = copyOfSeedBlog(seed);
        try {
            Path seedPost;
            try (Stream<Path> posts = Files.list(blog.resolve("_posts"))) {
                seedPost = posts.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            }
            Files.writeString(blog.resolve(ONE_MB), "---\nlayout: post\ntitle: One megabyte\n---\n"
                    + SyntheticPost.ofSize(1_000_000), StandardCharsets.UTF_8);
            boolean peer = StartupProbe.onPath("ghostwriter");
            if (!peer) {
                System.out.println("start: ghostwriter is not installed, so Postdesk is measured alone"
                        + " (apt-get install ghostwriter adds the peer).");
            }
            // One untimed start of each first: it fills the native-library folder and reads the
            // programs' files into the page cache, as any start after a user's first one finds them.
            StartupProbe.measure(postdesk(jar, seedPost), 10);
            if (peer) {
                StartupProbe.measure(ghostwriter(seedPost), 10);
            }
            for (String size : List.of("seed", "1mb")) {
                Path post = size.equals("seed") ? seedPost : blog.resolve(ONE_MB);
                List<StartupProbe.Launch> launches = new ArrayList<>();
                launches.add(postdesk(jar, post));
                if (peer) {
                    launches.add(ghostwriter(post));
                }
                if (BASELINE != null) {
                    launches.add(baseline(post));
                }
                Map<String, List<StartupProbe.Sample>> samples = StartupProbe.interleaved(launches, RUNS, SETTLE, true);
                String infix = size.equals("seed") ? "" : "1mb_";
                List<StartupProbe.Sample> ours = samples.get("postdesk");
                List<StartupProbe.Sample> theirs = samples.get("ghostwriter");
                figure(record, "start_" + infix + "window_s", ours, theirs, StartupProbe.Sample::windowSeconds);
                figure(record, "start_" + infix + "painted_s", ours, theirs, StartupProbe.Sample::paintedSeconds);
                figure(record, "rss_" + size + "_mb", ours, theirs, s -> s.rssMegabytes());
                List<StartupProbe.Sample> before = samples.get("baseline");
                if (before != null) {
                    figure(record, "baseline_start_" + infix + "window_s", before, null, StartupProbe.Sample::windowSeconds);
                    figure(record, "baseline_start_" + infix + "painted_s", before, null, StartupProbe.Sample::paintedSeconds);
                    figure(record, "baseline_rss_" + size + "_mb", before, null, s -> s.rssMegabytes());
                }
            }
        } finally {
            StartupProbe.deleteTree(blog.getParent());
        }
    }

    /** NAME (Postdesk's median), peer_NAME (ghostwriter's) and NAME_ratio (ours / theirs) when present. */
    private static void figure(BiConsumer<String, Double> record, String name, List<StartupProbe.Sample> ours,
                               List<StartupProbe.Sample> theirs, Function<StartupProbe.Sample, Double> figure) {
        Double mine = StartupProbe.median(ours, figure);
        Double peer = theirs == null ? null : StartupProbe.median(theirs, figure);
        if (mine != null) {
            record.accept(name, mine);
        }
        if (peer != null) {
            record.accept("peer_" + name, peer);
        }
        if (mine != null && peer != null && peer > 0) {
            record.accept(name.substring(0, name.lastIndexOf('_')) + "_ratio", mine / peer);
        }
    }

    /** The command the README gives, with a fresh user folder per run. */
    static StartupProbe.Launch postdesk(Path jar, Path post) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaOptions(jar));
        command.addAll(List.of("-Duser.home=" + StartupProbe.HOME,
                "-Djava.util.prefs.userRoot=" + StartupProbe.HOME + "/.java", "-jar", jar.toString(), post.toString()));
        // JavaFX unpacks its native libraries (130 MB, WebKit's) into ~/.openjfx on a user's first
        // start only: every run shares one such folder, and the first run fills it untimed.
        return new StartupProbe.Launch("postdesk", "^Postdesk", command, Map.of("HOME", StartupProbe.HOME),
                Map.of(".openjfx", NATIVE_CACHE));
    }

    private static StartupProbe.Launch baseline(Path post) {
        StartupProbe.Launch plain = postdesk(Path.of(BASELINE).toAbsolutePath(), post);
        List<String> command = new ArrayList<>(plain.command());
        command.removeIf(a -> a.startsWith("@"));
        return new StartupProbe.Launch("baseline", plain.windowName(), command, plain.env(), plain.homeLinks());
    }

    /** {@code -Dbench.start.javaOptions}, else {@code @postdesk.jvm} beside the jar when the build wrote it. */
    static List<String> javaOptions(Path jar) {
        String given = System.getProperty("bench.start.javaOptions");
        if (given != null) {
            return given.isBlank() ? List.of() : List.of(given.strip().split("\\s+"));
        }
        Path argFile = jar.resolveSibling("postdesk.jvm");
        return Files.isRegularFile(argFile) ? List.of("@" + argFile) : List.of();
    }

    private static StartupProbe.Launch ghostwriter(Path post) {
        return new StartupProbe.Launch("ghostwriter", "ghostwriter", List.of("ghostwriter", post.toString()),
                Map.of("HOME", StartupProbe.HOME, "XDG_CONFIG_HOME", StartupProbe.HOME + "/.config",
                        "QTWEBENGINE_DISABLE_SANDBOX", "1"), Map.of());
    }

    private static Path copyOfSeedBlog(Path seed) throws IOException {
        Path blog = Files.createTempDirectory("postdesk-startbench").resolve("blog");
        try (Stream<Path> files = Files.walk(seed)) {
            for (Path from : files.toList()) {
                Path to = blog.resolve(seed.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                    to.toFile().setWritable(true, true);
                }
            }
        }
        for (Path dir : Files.walk(blog).filter(Files::isDirectory).toList()) {
            dir.toFile().setWritable(true, true);
        }
        return blog;
    }
}
