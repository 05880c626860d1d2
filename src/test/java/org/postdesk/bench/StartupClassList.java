package org.postdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code src/main/launch/startup.classlist}, the classes the build puts into the class-data
 * sharing archive (docs/decisions/0035): starts {@code target/postdesk.jar} on a virtual display
 * on the seed blog's post, lets it settle, and keeps the JVM's list of the classes it loaded
 * ({@code -XX:DumpLoadedClassList}). Run it by hand after a change that loads other classes at
 * start: {@code java -cp target/test-classes:$(cat cp.txt) org.postdesk.bench.StartupClassList
 * [SEED_POST]}; the file is in the repository, the archive is made from it by {@code mvn package}.
 */
public final class StartupClassList {
    private StartupClassList() {
    }

    public static void main(String[] args) throws Exception {
        String missing = StartupProbe.missingTool();
        if (missing != null) {
            throw new IllegalStateException("cannot start the window here: " + missing);
        }
        Path jar = Path.of("target/postdesk.jar").toAbsolutePath();
        Path post = Path.of(args.length > 0 ? args[0] : "../shared/seed-blog/_posts/2021-12-17-止付2.9亿.md")
                .toAbsolutePath();
        Path out = Path.of("src/main/launch/startup.classlist");
        Files.createDirectories(out.getParent());
        Path raw = Files.createTempFile("postdesk-classlist", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:DumpLoadedClassList=" + raw, "-Duser.home=" + StartupProbe.HOME,
                "-Djava.util.prefs.userRoot=" + StartupProbe.HOME + "/.java", "-jar", jar.toString(), post.toString()));
        StartupProbe.Sample sample = StartupProbe.measure(new StartupProbe.Launch("postdesk", "^Postdesk", command,
                Map.of("HOME", StartupProbe.HOME), Map.of(".openjfx", StartupBench.NATIVE_CACHE)), 20);
        if (sample.windowSeconds() == null) {
            throw new IllegalStateException("the window never showed, so the list would miss the window's classes");
        }
        List<String> lines = Files.readAllLines(raw).stream().filter(l -> !l.startsWith("#")).toList();
        Files.write(out, lines);
        Files.delete(raw);
        System.out.println("written: " + out + " (" + lines.size() + " lines)");
    }
}
