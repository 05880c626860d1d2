package org.postdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The line numbers an author reads in the gutter: the file's line numbers, right-aligned, kept
 * right while lines are typed, inserted and the first line moves; the problem mark on the right
 * lines only; and no cell of a replaced line kept alive (the gutter makes a cell per keystroke).
 */
@ExtendWith(ApplicationExtension.class)
class LineGutterUiTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private MarkdownEditor editor;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        editor = new MarkdownEditor(worker);
        stage.setScene(new Scene(new StackPane(editor.node()), 600, 400));
        stage.show();
        area = editor.textArea();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void theGutterCountsFileLinesRightAligned() {
        fxRun(() -> editor.replaceText(lines(9)));
        assertThat(shownNumbers()).startsWith("1", "2", "3").endsWith("9");

        // the tenth line makes every number two digits wide
        fxRun(() -> {
            area.moveTo(area.getLength());
            editor.insertAtCaret("\nten");
        });
        assertThat(shownNumbers()).startsWith(" 1", " 2").endsWith(" 9", "10");

        // the body starts at file line 95 (a front matter above it): 95..104, three digits
        fxRun(() -> editor.firstLineProperty().set(95));
        assertThat(shownNumbers()).startsWith(" 95", " 96").endsWith("104");

        // a line inserted at the top: still one number per line, in order
        fxRun(() -> {
            area.moveTo(0);
            editor.insertAtCaret("new first\n");
        });
        List<String> numbers = shownNumbers();
        assertThat(numbers).hasSize(11);
        assertThat(numbers.stream().map(String::strip).toList())
                .isEqualTo(IntStream.rangeClosed(95, 105).mapToObj(Integer::toString).toList());
    }

    @Test
    void onlyProblemLinesCarryTheMarkAndItGoesWhenTheProblemDoes() {
        fxRun(() -> editor.replaceText(lines(6)));
        fxRun(() -> editor.showProblems(ProblemMarks.NONE, Set.of(1, 4)));
        assertThat(markedNumbers()).containsExactly("2", "5");

        // typing on a marked line replaces its cell: the new cell is marked as well
        fxRun(() -> {
            area.moveTo(1, 0);
            editor.insertAtCaret("x");
        });
        assertThat(markedNumbers()).containsExactly("2", "5");

        fxRun(() -> editor.showProblems(ProblemMarks.NONE, Set.of()));
        assertThat(markedNumbers()).isEmpty();
        assertThat(fx(() -> area.lookupAll(".problem-marker"))).isEmpty();
    }

    @Test
    void cellsOfReplacedLinesAreNotKept() {
        fxRun(() -> editor.replaceText(lines(30)));
        fxRun(() -> area.moveTo(3, 0));
        for (int i = 0; i < 200; i++) {
            fxRun(() -> editor.insertAtCaret("a"));
        }
        fxRun(() -> {
            area.getScene().getRoot().applyCss();
            area.getScene().getRoot().layout();
        });
        int boxes = fx(() -> area.lookupAll(".paragraph-box").size());
        int kept = fx(() -> ((LineGutter) area.getParagraphGraphicFactory()).shownCells());
        assertThat(kept).isPositive().isLessThanOrEqualTo(boxes);
        // and the one typed into shows its own number
        assertThat(shownNumbers()).contains(" 4");
    }

    private static String lines(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    }

    /** The numbers shown in the gutter, top to bottom, as the author reads them. */
    private List<String> shownNumbers() {
        return fx(() -> {
            Parent root = area.getScene().getRoot();
            root.applyCss();
            root.layout();
            return area.lookupAll(".lineno-number").stream()
                    .filter(Node::isVisible)
                    .sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                    .map(n -> ((Text) n).getText())
                    .toList();
        });
    }

    private List<String> markedNumbers() {
        return fx(() -> {
            Parent root = area.getScene().getRoot();
            root.applyCss();
            root.layout();
            return area.lookupAll(".lineno.problem-line").stream()
                    .sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                    .map(n -> ((Text) n.lookup(".lineno-number")).getText().strip())
                    .toList();
        });
    }
}
