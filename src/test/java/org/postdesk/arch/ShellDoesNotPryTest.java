package org.postdesk.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision record 0028: the composition root wires panes through what they offer (actions,
 * properties, small interfaces). It does not search the scene for nodes by id, cast a pane's
 * node to what it happens to contain, climb to a node's parent, or fire a menu item to run
 * its action. ArchUnit sees calls but not which id a lookup asks for, so this reads the source.
 */
class ShellDoesNotPryTest {

    private static final Path UI = Path.of("src/main/java/org/postdesk/ui");
    private static final Path SHELL = UI.resolve("shell");

    private static final Map<String, Pattern> PRYING = Map.of(
            "a scene lookup by id", Pattern.compile("\\.lookup(All)?\\("),
            "firing a control to run its action", Pattern.compile("\\.fire\\(\\)"),
            "a cast to the editor's insides", Pattern.compile("\\((CodeArea|VirtualizedScrollPane<\\?>|StyledTextArea)\\)"),
            "a node's parent", Pattern.compile("getParent\\(\\)\\s*instanceof|\\(\\w*(Pane|Box)\\)\\s*[\\w.()]*getParent\\(\\)"));

    /** Files allowed one kind of prying, each with the reason and what would end it (none since decision 0030). */
    private static final Map<String, String> KNOWN = Map.of();

    /** The wiring, and since decision 0030 every feature that left it for a room (those that take the Bench). */
    private static boolean wiresPanes(Path file) throws IOException {
        return file.startsWith(SHELL) || Pattern.compile("\\bBench\\b").matcher(Files.readString(file)).find();
    }

    @Test
    void theShellWiresThroughWhatThePanesOffer() throws IOException {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!wiresPanes(file)) {
                    continue;
                }
                scanned++;
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/") ) {
                        continue;
                    }
                    for (var kind : PRYING.entrySet()) {
                        String allowed = KNOWN.getOrDefault(file.getFileName().toString(), "");
                        if (kind.getValue().matcher(line).find() && !allowed.contains(kind.getKey())) {
                            found.add(file.getFileName() + ":" + (i + 1) + " " + kind.getKey() + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(scanned).as("the wiring and the features (decision 0030)").isGreaterThanOrEqualTo(30);
        assertThat(found).as("prying in ui.shell or a feature").isEmpty();
    }

    @Test
    void theScanSeesPrying() {
        assertThat(PRYING.get("a scene lookup by id").matcher("stage.getScene().lookup(\"#menuBar\")").find()).isTrue();
        assertThat(PRYING.get("firing a control to run its action").matcher("insert.fire();").find()).isTrue();
        assertThat(PRYING.get("a cast to the editor's insides")
                .matcher("(CodeArea) ((VirtualizedScrollPane<?>) node).getContent()").find()).isTrue();
        assertThat(PRYING.get("a node's parent").matcher("Pane area = (Pane) window.notifications().getParent();")
                .find()).isTrue();
        assertThat(PRYING.get("a node's parent").matcher("chooseBlogFolder(current.root().getParent())").find())
                .as("a path's parent folder is no prying").isFalse();
    }
}
