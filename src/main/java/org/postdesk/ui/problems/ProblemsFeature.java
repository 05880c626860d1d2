package org.postdesk.ui.problems;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCombination;
import javafx.stage.WindowEvent;
import org.postdesk.app.OpenPost;
import org.postdesk.app.PostChecks;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.problems.Problem;
import org.postdesk.core.problems.ProblemTexts;
import org.postdesk.core.problems.Repair;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.EditorText;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.ShellContext;

/**
 * Problems in the editor (decision record 0031): the open post's problems found off the FX thread
 * after each pause in typing (and when a post or the blog's lessons arrive), shown as underlines
 * and gutter marks in the editor, counts in the status bar and rows of View > Problems, each row
 * going to its line and offering its repair: a link text edit as one undo step, Download Web
 * Images, or the rename the post actions already do. FX thread.
 */
public final class ProblemsFeature {

    static final String SHOW_PROBLEMS = "view.problems";
    static final Duration PAUSE = Duration.ofMillis(250);

    /** What the feature asks of the others: download the web images, rename the open post. */
    public record Actions(Runnable downloadWebImages, Consumer<String> renameOpenPost) {
    }

    private final Bench bench;
    private final ProblemsWindow window;
    private final EditorText editor;
    private final Actions actions;
    private final ProblemsPane pane;
    private final ProblemTexts texts;
    private final ResourceBundle text;
    private final PostChecks checks = new PostChecks();
    private final ExecutorService worker;
    private final ProblemsLoop<PostChecks.Found> loop;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "problemsShown");
    private PostChecks.Found current;
    private long lastShowNanos;

    public ProblemsFeature(Bench bench, ProblemsWindow window, Actions actions) {
        this.bench = bench;
        this.window = window;
        this.editor = bench.window().editor();
        this.actions = actions;
        ShellContext context = bench.context();
        this.text = context.bundle(ProblemsPane.BUNDLE);
        this.texts = new ProblemTexts(context.messages().getLocale());
        this.pane = new ProblemsPane(text);
        this.worker = context.newWorker("postdesk-problems");
        this.loop = new ProblemsLoop<>(() -> checks.job(bench.session(), bench.openPostNow(), editor.textSnapshot()),
                worker, PAUSE, this::show);
        window.place(pane);
        // closed at first: the editor keeps the room, the status bar counts, a click on the count opens the list
        shown.set(context.settings().getBoolean(SHOW_PROBLEMS, false));
        shown.addListener((obs, was, now) -> context.settings().putBoolean(SHOW_PROBLEMS, now));
        pane.visibleProperty().bind(shown);
        pane.setOnClose(() -> shown.set(false));
        addMenuItem();
        window.webImages(text.getString("problems.webHint"), text.getString("problems.webDownload"),
                actions.downloadWebImages());
        window.onCountsClicked(() -> shown.set(true));
        window.counts(-1, 0);
        editor.onEdit(loop::request);
        bench.window().onFormEdit(loop::request);
        bench.postProperty().addListener((obs, was, now) -> {
            clear();
            loop.runNow();
        });
        bench.sessionProperty().addListener((obs, was, now) -> loop.runNow());
        bench.window().stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            loop.dispose();
            worker.shutdownNow();
        });
    }

    public ProblemsPane pane() {
        return pane;
    }

    /** View > Problems. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Nanoseconds the last round took off the FX thread (measurements). */
    public long lastRoundNanos() {
        return loop.lastNanos();
    }

    /** FX-thread nanoseconds of the last delivery: rows, marks and counts (measurements). */
    public long lastShowNanos() {
        return lastShowNanos;
    }

    /** The problems shown now (tests). */
    public List<Problem> problems() {
        return current == null ? List.of() : current.problems();
    }

    private void addMenuItem() {
        Menu view = bench.window().menuBar().getMenus().stream()
                .filter(m -> m.getItems().stream().anyMatch(i -> "menuShowPreview".equals(i.getId())))
                .findFirst().orElseThrow(() -> new IllegalStateException("no View menu"));
        CheckMenuItem item = new CheckMenuItem(text.getString("problems.menu"));
        item.setId("menuProblems");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+M"));
        item.selectedProperty().bindBidirectional(shown);
        view.getItems().add(item);
    }

    private void clear() {
        current = null;
        window.mark("", new int[0], Set.of());
        pane.setRows(List.of());
        window.counts(bench.openPostNow() == null ? -1 : 0, 0);
    }

    private void show(PostChecks.Found found) {
        if (found == null) {
            clear();
            return;
        }
        long t0 = System.nanoTime();
        current = found;
        List<Integer> ranges = new ArrayList<>();
        Set<Integer> lines = new HashSet<>();
        List<ProblemRow> rows = new ArrayList<>();
        int errors = 0;
        int bodyFirst = found.text().bodyFirstLine();
        boolean readOnly = bench.openPostNow() == null || bench.openPostNow().isReadOnly();
        for (Problem p : found.problems()) {
            errors += p.isError() ? 1 : 0;
            int start = found.editorOffset(p.start());
            if (start >= 0) {
                ranges.add(start);
                ranges.add(Math.max(start + 1, found.editorOffset(p.end())));
                lines.add(p.line() - bodyFirst);
            }
            Repair r = readOnly ? null : p.repair(); // a post we may not write is shown, not repaired
            rows.add(new ProblemRow(p.severity().name().toLowerCase(Locale.ROOT), p.line(), p.column(),
                    texts.sentence(p), r == null ? null : texts.button(r), r == null ? null : texts.label(r), () -> repair(found, p), () -> reveal(found, p)));
        }
        window.mark(found.text().body(), ranges.stream().mapToInt(Integer::intValue).toArray(), lines);
        pane.setRows(rows);
        window.counts(errors, found.problems().size() - errors);
        lastShowNanos = System.nanoTime() - t0;
    }

    /** Goes to the problem: its line in the middle of the editor, the problem selected; the form for the front matter. */
    private void reveal(PostChecks.Found found, Problem p) {
        int start = found.editorOffset(p.start());
        if (start < 0) {
            window.focusField(keyAt(found.text().text(), p.start()));
            return;
        }
        int length = editor.text().length();
        int end = Math.min(length, Math.max(start, found.editorOffset(p.end())));
        editor.selectCentred(end, Math.min(start, length)); // the caret at the problem's start, its line centred
        editor.focus();
    }

    private void repair(PostChecks.Found found, Problem p) {
        Repair r = p.repair();
        OpenPost open = bench.openPostNow();
        if (r == null || open == null || found != current) {
            return;
        }
        switch (r.kind()) {
            case DOWNLOAD -> actions.downloadWebImages().run();
            case RENAME -> actions.renameOpenPost().accept(r.replacement());
            case RELINK, REAL_NAME -> {
                if (!(found.editorOffset(r.start()) >= 0 ? editBody(found, r) : editFrontMatter(found, open, r))) {
                    bench.notify(NotificationBar.Kind.ERROR, text.getString("problems.refused"));
                }
            }
        }
    }

    private boolean editBody(PostChecks.Found found, Repair r) {
        int start = found.editorOffset(r.start());
        int end = start + r.expected().length();
        String now = editor.text();
        if (!editor.isEditable() || end > now.length() || !now.startsWith(r.expected(), start)) {
            return false;
        }
        editor.replace(start, end, r.replacement()); // one undo step
        return true;
    }

    /** The front matter's own text may use CRLF: the edit is placed by counting characters of the normalized text. */
    private boolean editFrontMatter(PostChecks.Found found, OpenPost open, Repair r) {
        String fm = open.frontMatter().text();
        int start = originalOffset(fm, r.start() - found.text().frontMatterStart());
        int end = originalOffset(fm, r.end() - found.text().frontMatterStart());
        if (start < 0 || end < start || !fm.substring(start, end).equals(r.expected())) {
            return false;
        }
        FrontMatterDocument next = open.frontMatter().reparse(fm.substring(0, start) + r.replacement() + fm.substring(end));
        if (!next.isValid()) {
            return false;
        }
        window.applyFrontMatter(next);
        return true;
    }

    /** The front-matter key written on the line holding {@code offset} ({@code header-img: x} → header-img), or null. */
    static String keyAt(String text, int offset) {
        int from = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int to = text.indexOf('\n', from);
        String line = (to < 0 ? text.substring(from) : text.substring(from, to)).strip();
        int colon = line.indexOf(':');
        return colon <= 0 ? null : line.substring(0, colon).strip().replaceAll("^[\"']|[\"']$", "");
    }

    /** The offset in {@code original} of offset {@code normalized} of its {@code \n}-only form; -1 past its end. */
    static int originalOffset(String original, int normalized) {
        int n = 0;
        for (int i = 0; i <= original.length(); i++) {
            if (n == normalized) {
                return i;
            }
            if (i < original.length() && !(original.charAt(i) == '\r' && i + 1 < original.length()
                    && original.charAt(i + 1) == '\n')) {
                n++;
            }
        }
        return -1;
    }
}
