package org.postdesk.ui.frontmatter;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FieldKind;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.frontmatter.FrontMatterDate;
import org.postdesk.core.frontmatter.YamlProblem;

/**
 * The front-matter form ({@code #frontMatter}). It holds the current {@link FrontMatterDocument};
 * every field edit goes through the document's lossless editor and is published as a new document
 * to the edit listeners and {@link #documentProperty()}. Text fields commit on each change, so the
 * preview follows the typing.
 */
public final class FrontMatterPane extends VBox {
    private static final PseudoClass FOLDED = PseudoClass.getPseudoClass("folded");
    private final Messages messages;
    private final Executor background;
    private final ReadOnlyObjectWrapper<FrontMatterDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final List<Consumer<FrontMatterDocument>> editListeners = new CopyOnWriteArrayList<>();
    private final FormGrid grid;
    private final AddKeyBar addBar;
    private final YamlEditor yaml;
    private final ToggleButton yamlToggle;
    private final Label problem = new Label();
    private final VBox form;
    private final ToggleButton fold = new ToggleButton();
    private final Label summary = new Label();
    private FieldHints hints = FieldHints.none();
    private ImagePicker imagePicker;

    /** A pane that checks typed YAML on its own daemon thread. */
    public FrontMatterPane(Locale locale) {
        this(locale, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "front-matter-check");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** @param background where typed YAML is parsed (the shell's task executor; a direct one in tests) */
    public FrontMatterPane(Locale locale, Executor background) {
        this.messages = new Messages(locale);
        this.background = Objects.requireNonNull(background);
        this.imagePicker = new ImagePickerDialog(messages);
        setId("frontMatter");
        getStyleClass().add("front-matter");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("front-matter.css")).toExternalForm());

        Label heading = new Label(messages.get("pane.title"));
        heading.getStyleClass().add("fm-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        heading.setOnMouseClicked(e -> fold.setSelected(!fold.isSelected()));
        // Folded, the form is one line: title, date, tags (decision 0034); a click on it unfolds.
        fold.setId("fm-fold");
        fold.getStyleClass().add("fm-fold");
        fold.setFocusTraversable(false);
        summary.setId("fm-summary");
        summary.getStyleClass().add("fm-summary");
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setOnMouseClicked(e -> fold.setSelected(false));
        summary.visibleProperty().bind(fold.selectedProperty());
        summary.managedProperty().bind(fold.selectedProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        Region spacer = new Region();
        spacer.visibleProperty().bind(fold.selectedProperty().not());
        spacer.managedProperty().bind(fold.selectedProperty().not());
        HBox.setHgrow(spacer, Priority.ALWAYS);
        yamlToggle = new ToggleButton(messages.get("pane.yaml"));
        yamlToggle.setId("fm-yaml-toggle");
        yamlToggle.setTooltip(new Tooltip(messages.get("pane.yaml.tooltip", "YAML")));
        HBox header = new HBox(6, fold, heading, summary, spacer, yamlToggle);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("fm-header");

        problem.setId("fm-problem");
        problem.getStyleClass().add("fm-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        showProblem(null);

        grid = new FormGrid(messages, this::removeKey);
        addBar = new AddKeyBar(messages, this::addKey);
        form = new VBox(6, grid.node(), addBar.node());
        form.getStyleClass().add("fm-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setId("fm-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        yaml = new YamlEditor(background, () -> hints.keyOrder(), document::get, this::yamlParsed);
        Node yamlNode = yaml.node();
        yamlNode.visibleProperty().bind(yamlToggle.selectedProperty().and(fold.selectedProperty().not()));
        yamlNode.managedProperty().bind(yamlNode.visibleProperty());
        scroll.visibleProperty().bind(fold.selectedProperty().not());
        scroll.managedProperty().bind(scroll.visibleProperty());
        yamlToggle.visibleProperty().bind(fold.selectedProperty().not());
        yamlToggle.managedProperty().bind(yamlToggle.visibleProperty());
        VBox.setVgrow(yamlNode, Priority.ALWAYS);
        getChildren().addAll(header, problem, scroll, yamlNode);
        fold.selectedProperty().addListener((obs, was, folded) -> showFold());
        document.addListener((obs, was, now) -> showSummary());
        showFold();
    }

    /** Whether the form is folded to its one-line summary (the shell remembers it). */
    public BooleanProperty foldedProperty() {
        return fold.selectedProperty();
    }

    /** The one line a folded form shows. */
    public String summaryText() {
        return summary.getText();
    }

    private void showFold() {
        boolean folded = fold.isSelected();
        fold.setText(folded ? "\u25b8" : "\u25be");
        fold.setTooltip(new Tooltip(messages.get(folded ? "pane.unfold.tooltip" : "pane.fold.tooltip")));
        pseudoClassStateChanged(FOLDED, folded);
        showSummary();
    }

    private void showSummary() {
        summary.setText(FormSummary.of(document.get(), messages.get("pane.summary.untitled"),
                messages.get("pane.summary.empty")));
    }

    /** Shows another document (a post was opened or reloaded). Never calls the edit listeners. */
    public void setDocument(FrontMatterDocument doc, FieldHints hints) {
        this.hints = hints == null ? FieldHints.none() : hints;
        document.set(Objects.requireNonNull(doc));
        // the raw text is in the post's own language (docs/decisions/0037)
        yamlToggle.setText(doc.languageName());
        yamlToggle.getTooltip().setText(messages.get("pane.yaml.tooltip", doc.languageName()));
        yaml.show(doc.text());
        refreshForm();
        if (!doc.isValid()) {
            yamlToggle.setSelected(true);
        }
    }

    /** The document shown now: changes on {@link #setDocument} and on every edit. */
    public ReadOnlyObjectProperty<FrontMatterDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public FrontMatterDocument getDocument() {
        return document.get();
    }

    /** Called on the FX thread with each document the author's edits produce (never for loads). */
    public void addEditListener(Consumer<FrontMatterDocument> listener) {
        editListeners.add(Objects.requireNonNull(listener));
    }

    /** An image field of the form, where a dropped image file goes (decision record 0030). */
    public interface ImageSpot {

        /** The field's row (path, thumbnail, browse button): the place to drop on. */
        Node node();

        /** Puts {@code value} in the field as the author would type it; ignored while the field is hidden or off. */
        void type(String value);
    }

    /**
     * An edit made outside the form (a repair of the Problems list, decision record 0031): shown,
     * and told to the edit listeners as the author's own edit.
     */
    public void applyEdit(FrontMatterDocument next) {
        publish(Objects.requireNonNull(next));
        refreshForm();
    }

    /** Puts the focus in the field of {@code key} (a problem of the Problems list was clicked), else on the form. */
    public void focusField(String key) {
        if (key == null || !getDocument().has(key) || yamlToggle.isSelected()) {
            requestFocus();
            return;
        }
        grid.focus(key);
    }

    /** The image fields the form shows now, by key, in the form's order. */
    public Map<String, ImageSpot> imageFields() {
        Map<String, ImageSpot> fields = new LinkedHashMap<>();
        for (Node box : lookupAll(".fm-image")) {
            if (box.getProperties().get(ImageField.class) instanceof ImageField field) {
                fields.put(field.key(), field);
            }
        }
        return fields;
    }

    /** Replaces the image picker dialog (tests, or a richer picker from the shell). */
    public void setImagePicker(ImagePicker picker) {
        this.imagePicker = Objects.requireNonNull(picker);
    }

    private boolean edit(UnaryOperator<FrontMatterDocument> change) {
        FrontMatterDocument current = document.get();
        if (current == null || !current.isValid()) {
            return false;
        }
        FrontMatterDocument next;
        try {
            next = change.apply(current);
        } catch (RuntimeException e) {
            // The document stays as it was; a text control keeps what the author typed, so nothing
            // typed is lost; a choice (check box, chips, list) goes back to the file's value on
            // this false. The sentence says why it was not written.
            Platform.runLater(() -> showError(e.getMessage()));
            return false;
        }
        if (next != null && next != current && !next.text().equals(current.text())) {
            publish(next);
        }
        return true;
    }

    private void publish(FrontMatterDocument next) {
        showProblem(null);
        document.set(next);
        yaml.show(next.text());
        editListeners.forEach(listener -> listener.accept(next));
    }

    private void yamlParsed(FrontMatterDocument parsed) {
        FrontMatterDocument current = document.get();
        if (current != null && parsed.text().equals(current.text())) {
            return;
        }
        document.set(parsed);
        editListeners.forEach(listener -> listener.accept(parsed));
        refreshForm();
    }

    private void refreshForm() {
        FrontMatterDocument doc = document.get();
        boolean valid = doc.isValid();
        showProblem(valid ? null : doc.problem().orElse(new YamlProblem(1, 1, "")));
        form.setDisable(!valid);
        if (valid) {
            grid.show(doc.fields(), new FieldControls(messages, hints, this::edit,
                    (owner, current, h) -> imagePicker.choose(owner, current, h)));
            addBar.suggest(hints.keyOrder(), doc.keys());
        }
    }

    private void showProblem(YamlProblem yamlProblem) {
        problem.setVisible(yamlProblem != null);
        problem.setManaged(yamlProblem != null);
        problem.setText(yamlProblem == null ? ""
                : messages.get("yaml.problem", yamlProblem.line(), yamlProblem.column(), yamlProblem.message(),
                        document.get().languageName()));
    }

    /** The core refused an edit: the form goes back to the document, and the author reads why. */
    private void showError(String reason) {
        problem.setVisible(true);
        problem.setManaged(true);
        problem.setText(messages.get("edit.failed", reason == null ? "" : reason));
    }

    private boolean addKey(String key) {
        FrontMatterDocument doc = document.get();
        if (doc == null || doc.has(key)) {
            return false;
        }
        ControlKind kind = FieldTypes.infer(key, FieldKind.EMPTY, null, hints);
        boolean added = edit(d -> switch (kind) {
            case CHECK -> d.withBoolean(key, false);
            case CHIPS -> d.withList(key, List.of());
            case DATE -> d.withDate(key, new FrontMatterDate(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), true, null, null));
            default -> d.withYaml(key, "");
        });
        if (added) {
            refreshForm();
            grid.focus(key);
        }
        return added;
    }

    private void removeKey(String key) {
        if (edit(d -> d.without(key))) {
            refreshForm();
        }
    }
}
