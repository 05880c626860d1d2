package org.postdesk.ui.find;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.postdesk.core.text.TextQuery;

/**
 * Find and replace in the editor ({@code #findBar}): the query ({@code #findField}) with match
 * case, whole word and regular expression toggles, the number of matches ({@code #findCount}),
 * next and previous, and in replace mode a second row ({@code #replaceField}, replace one,
 * replace all as one undo step). An invalid regular expression is said in a sentence
 * ({@code #findProblem}). FX thread.
 */
public final class FindBar extends VBox {

    /** The narrowest a query or replacement field gets: about twelve Chinese characters. */
    static final double FIELD_MIN_WIDTH = 160;

    private final ResourceBundle text;
    private final FindTarget target;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final ToggleButton matchCase;
    private final ToggleButton wholeWord;
    private final ToggleButton regex;
    private final Label count = new Label();
    private final Label problem = new Label();
    private final HBox replaceRow;
    private List<TextQuery.Match> matches = List.of();
    private TextQuery.Compiled compiled;

    public FindBar(ResourceBundle text, FindTarget target) {
        this.text = text;
        this.target = target;
        matchCase = toggle("Aa", "findMatchCase", "find.matchCase");
        wholeWord = toggle("W", "findWholeWord", "find.wholeWord");
        regex = toggle(".*", "findRegex", "find.regex");
        setId("findBar");
        getStyleClass().add("find-bar");
        setPadding(new Insets(4, 6, 4, 6));
        setSpacing(4);
        query.setId("findField");
        query.setPromptText(text.getString("find.prompt"));
        replacement.setId("replaceField");
        replacement.setPromptText(text.getString("find.replacePrompt"));
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox.setHgrow(replacement, Priority.ALWAYS);
        // The fields give way down to a width one can type in; the buttons never shrink to "…" (decision 0034).
        query.setMinWidth(FIELD_MIN_WIDTH);
        replacement.setMinWidth(FIELD_MIN_WIDTH);
        query.setPrefWidth(260);
        replacement.setPrefWidth(260);
        count.setId("findCount");
        count.setMinWidth(Region.USE_PREF_SIZE);
        problem.setId("findProblem");
        problem.getStyleClass().add("find-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        Button previous = button("\u2191", "findPrevious", "find.previous");
        previous.setOnAction(e -> previous());
        Button next = button("\u2193", "findNext", "find.next");
        next.setOnAction(e -> next());
        Button close = button("\u00d7", "findClose", "find.close");
        close.setOnAction(e -> close());
        Button replaceOne = new Button(text.getString("find.replace"));
        replaceOne.setId("replaceOne");
        replaceOne.setMinWidth(Region.USE_PREF_SIZE);
        replaceOne.setOnAction(e -> replaceOne());
        Button replaceAll = new Button(text.getString("find.replaceAll"));
        replaceAll.setId("replaceAll");
        replaceAll.setMinWidth(Region.USE_PREF_SIZE);
        replaceAll.setOnAction(e -> replaceAll());
        HBox findRow = row(query, matchCase, wholeWord, regex, count, previous, next, close);
        replaceRow = row(replacement, replaceOne, replaceAll);
        replaceRow.managedProperty().bind(replaceRow.visibleProperty());
        getChildren().addAll(findRow, replaceRow, problem);
        managedProperty().bind(visibleProperty());
        setVisible(false);

        query.textProperty().addListener((o, a, b) -> refresh());
        for (ToggleButton t : List.of(matchCase, wholeWord, regex)) {
            t.selectedProperty().addListener((o, a, b) -> refresh());
        }
        addEventHandler(KeyEvent.KEY_PRESSED, e -> { // Escape closes the bar wherever in it the focus is
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        replacement.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replaceOne();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    /** Shows the bar (with the replace row when {@code replace}), the selection as the query. */
    public void open(boolean replace) {
        int start = target.selectionStart();
        int end = target.selectionEnd();
        String selected = target.text().substring(start, end);
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            query.setText(regex.isSelected() ? Pattern.quote(selected) : selected);
        }
        replaceRow.setVisible(replace);
        setVisible(true);
        refresh();
        query.requestFocus();
        query.selectAll();
    }

    public void close() {
        setVisible(false);
        target.focus();
    }

    /** Recomputes the matches (after the query or the text changed). */
    public void refresh() {
        if (!isVisible()) {
            return;
        }
        compiled = new TextQuery(query.getText(), matchCase.isSelected(), wholeWord.isSelected(), regex.isSelected())
                .compile();
        if (!compiled.valid()) {
            matches = List.of();
            showProblem(format("find.invalidRegex", compiled.problem(), compiled.problemIndex() + 1));
        } else {
            problem.setVisible(false);
            matches = query.getText().isEmpty() ? List.of() : compiled.matches(target.text());
        }
        showCount();
    }

    public void next() {
        refresh();
        if (matches.isEmpty()) {
            return;
        }
        int from = target.selectionEnd();
        TextQuery.Match hit = matches.stream().filter(m -> m.start() >= from && !isSelected(m)).findFirst()
                .orElse(matches.get(0));
        target.select(hit.start(), hit.end());
        showCount();
    }

    public void previous() {
        refresh();
        if (matches.isEmpty()) {
            return;
        }
        int before = target.selectionStart();
        TextQuery.Match hit = matches.get(matches.size() - 1);
        for (TextQuery.Match m : matches) {
            if (m.end() <= before && !isSelected(m)) {
                hit = m;
            }
        }
        target.select(hit.start(), hit.end());
        showCount();
    }

    /** Replaces the selected match (or goes to the next one first), then goes to the next. */
    public void replaceOne() {
        refresh();
        if (matches.isEmpty() || !target.editable()) {
            return;
        }
        TextQuery.Match current = matches.stream().filter(this::isSelected).findFirst().orElse(null);
        if (current == null) {
            next();
            return;
        }
        String with = replacementFor(current);
        if (with == null) {
            return;
        }
        target.replace(current.start(), current.end(), with);
        target.select(current.start() + with.length(), current.start() + with.length());
        next();
    }

    /** Replaces every match as one undo step; returns how many were replaced. */
    public int replaceAll() {
        refresh();
        if (matches.isEmpty() || !target.editable()) {
            return 0;
        }
        String all = target.text();
        int from = matches.get(0).start();
        int to = matches.get(matches.size() - 1).end();
        StringBuilder out = new StringBuilder();
        int at = from;
        for (TextQuery.Match m : matches) {
            String with = replacementFor(m);
            if (with == null) {
                return 0;
            }
            out.append(all, at, m.start()).append(with);
            at = m.end();
        }
        int replaced = matches.size();
        target.replace(from, to, out.toString());
        refresh();
        count.setText(format("find.replaced", replaced));
        return replaced;
    }

    public String countText() {
        return count.getText();
    }

    public String problemText() {
        return problem.isVisible() ? problem.getText() : "";
    }

    private String replacementFor(TextQuery.Match match) {
        try {
            return compiled.replacementFor(target.text(), match, replacement.getText(), regex.isSelected());
        } catch (IllegalArgumentException e) {
            showProblem(format("find.invalidReplacement", e.getMessage()));
            return null;
        }
    }

    private boolean isSelected(TextQuery.Match m) {
        return m.start() == target.selectionStart() && m.end() == target.selectionEnd();
    }

    private void showCount() {
        if (query.getText().isEmpty() || !compiled.valid()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText(text.getString("find.none"));
        } else {
            int current = new ArrayList<>(matches).indexOf(matches.stream().filter(this::isSelected).findFirst()
                    .orElse(null));
            count.setText(current < 0 ? format("find.count", matches.size())
                    : format("find.position", current + 1, matches.size()));
        }
    }

    private void showProblem(String sentence) {
        problem.setText(sentence);
        problem.setVisible(true);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }

    private ToggleButton toggle(String label, String id, String tooltipKey) {
        ToggleButton t = new ToggleButton(label);
        t.setId(id);
        t.setFocusTraversable(false);
        t.setMinWidth(Region.USE_PREF_SIZE);
        t.getStyleClass().add("find-option");
        t.setTooltip(new Tooltip(text.getString(tooltipKey)));
        return t;
    }

    private Button button(String label, String id, String tooltipKey) {
        Button b = new Button(label);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().add("find-option");
        b.setTooltip(new Tooltip(text.getString(tooltipKey)));
        return b;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(4, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
