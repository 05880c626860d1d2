package org.postdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options of docs/decisions/0035: the jar's argument file, {@code mvn javafx:run} and the
 * app image start with the same memory options, and Postdesk still starts when the class-data
 * sharing archive named in them is missing, damaged or made for another jar (child JVMs).
 */
class LaunchOptionsTest {

    private static final Path ARG_FILE = Path.of("src/main/launch/postdesk.jvm");

    @TempDir
    Path temp;

    @Test
    void theJarTheMavenRunAndTheAppImageUseTheSameMemoryOptions() throws IOException {
        List<String> jar = memoryOptions(argFileOptions("/unused"));
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String javafxPlugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        javafxPlugin = javafxPlugin.substring(0, javafxPlugin.indexOf("</plugin>"));
        List<String> run = all(Pattern.compile("<option>([^<]*)</option>"), javafxPlugin);
        List<String> image = all(Pattern.compile("<argument>--java-options</argument>\\s*<argument>([^<]*)</argument>"), pom);

        assertThat(jar).as("the memory options of the jar's argument file").isNotEmpty();
        assertThat(memoryOptions(run)).as("mvn javafx:run").containsExactlyElementsOf(jar);
        assertThat(memoryOptions(image)).as("the app image (-Pdist)").containsExactlyElementsOf(jar);
    }

    @Test
    void itStartsWhenTheArchiveIsMissing() throws Exception {
        assertStartsWith(temp.resolve("no-such-folder"));
    }

    @Test
    void itStartsWhenTheArchiveIsDamaged() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(temp.resolve("postdesk.jsa"), garbage);
        assertStartsWith(temp);
    }

    @Test
    void itStartsWhenTheArchiveWasMadeForAnotherJar() throws Exception {
        Path other = temp.resolve("other.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(other), new Manifest())) {
            out.flush();
        }
        Path list = Files.writeString(temp.resolve("list.classlist"), "java/lang/Object\n");
        Process dump = new ProcessBuilder(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + temp.resolve("postdesk.jsa"), "-cp", other.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("dump.log").toFile()).start();
        assertThat(dump.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assumeTrue(Files.exists(temp.resolve("postdesk.jsa")), "this JVM cannot make class-data archives");
        assertStartsWith(temp);
    }

    /** Postdesk's command line answers --help, run with the argument file's options and ARCHIVE_DIR's archive. */
    private void assertStartsWith(Path archiveDir) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(argFileOptions(archiveDir.toString()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.postdesk.Main", "--help"));
        Path out = temp.resolve("out.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(out);
        assertThat(p.exitValue()).as(said).isZero();
        assertThat(said).contains("usage: postdesk").doesNotContain("Error occurred", "[error]", "[warning]");
    }

    /** The argument file's options, with the build folder it names replaced. */
    private static List<String> argFileOptions(String buildDir) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(ARG_FILE, StandardCharsets.UTF_8)) {
            String option = line.replaceAll("#.*", "").strip();
            if (!option.isEmpty()) {
                options.add(option.replace("${project.build.directory}", buildDir));
            }
        }
        return options;
    }

    /** Options other than the archive ones (which differ by design) and the file encoding. */
    private static List<String> memoryOptions(List<String> options) {
        return options.stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile") && !o.startsWith("-Xshare")
                && !o.startsWith("-Dfile.encoding")).sorted().toList();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
