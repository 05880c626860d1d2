package org.postdesk.ui.postlist;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.postdesk.core.site.PostNames;
import org.postdesk.ui.common.DatePickers;

/**
 * The fields of the New Post dialog and the file name they give, updated at each keystroke.
 * Node ids: {@code newPostTitle}, {@code newPostDate}, {@code newPostDraft}, {@code slugFromTitle},
 * {@code slugTyped}, {@code newPostSlug}, {@code newPostPath}, {@code newPostProblem}.
 */
final class NewPostForm extends GridPane {
    private final Messages messages;
    private final Predicate<String> exists;
    private final TextField title = new TextField();
    private final DatePicker date = new DatePicker();
    private final CheckBox draft = new CheckBox();
    private final RadioButton fromTitle = new RadioButton();
    private final RadioButton typed = new RadioButton();
    private final TextField slug = new TextField();
    private final Label hint = new Label();
    private final Label path = new Label();
    private final Label problem = new Label();
    private final ObjectBinding<NewPostPlan> plan;
    private final BooleanBinding valid;

    NewPostForm(Messages messages, PostNames naming, LocalDate today, Predicate<String> exists) {
        this.messages = messages;
        this.exists = Objects.requireNonNull(exists, "exists");
        getStyleClass().add("new-post-form");
        setHgap(10);
        setVgap(8);
        setPadding(new Insets(8, 6, 0, 6));
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(320, 380, Double.MAX_VALUE, Priority.ALWAYS, null, true);
        getColumnConstraints().addAll(labels, fields);

        title.setId("newPostTitle");
        title.setPromptText(messages.get("new.titlePrompt"));
        date.setId("newPostDate");
        date.setValue(today);
        DatePickers.iso(date);
        date.disableProperty().bind(draft.selectedProperty());
        draft.setId("newPostDraft");
        draft.setText(messages.get("new.draft"));
        draft.setMnemonicParsing(false); // "_drafts" must keep its underscore

        ToggleGroup slugMode = new ToggleGroup();
        fromTitle.setId("slugFromTitle");
        fromTitle.setToggleGroup(slugMode);
        fromTitle.setSelected(true);
        typed.setId("slugTyped");
        typed.setText(messages.get("new.slugTyped"));
        typed.setMnemonicParsing(false);
        fromTitle.setMnemonicParsing(false);
        typed.setToggleGroup(slugMode);
        slug.setId("newPostSlug");
        slug.setPromptText(messages.get("new.slugPrompt"));
        slug.textProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                typed.setSelected(true);
            }
        });
        HBox.setHgrow(slug, Priority.ALWAYS);
        HBox typedRow = new HBox(8, typed, slug);
        hint.setText(messages.get("new.slugHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("new-post-hint");
        VBox slugBox = new VBox(6, fromTitle, typedRow, hint);

        path.setId("newPostPath");
        path.getStyleClass().add("new-post-path");
        problem.setId("newPostProblem");
        problem.getStyleClass().add("new-post-problem");
        problem.setWrapText(true);
        // The hint and the problem keep their room when hidden, so the dialog never needs to grow.
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setPrefHeight(40);

        addRow(0, label("new.titleLabel"), title);
        addRow(1, label("new.dateLabel"), date);
        add(draft, 1, 2);
        addRow(3, label("new.slugLabel"), slugBox);
        addRow(4, label("new.pathLabel"), path);
        add(problem, 0, 5, 2, 1);

        plan = Bindings.createObjectBinding(() -> new NewPostPlan(naming, title.getText(), date.getValue(),
                draft.isSelected(), typed.isSelected(), slug.getText()),
                title.textProperty(), date.valueProperty(), draft.selectedProperty(), typed.selectedProperty(),
                slug.textProperty());
        valid = Bindings.createBooleanBinding(() -> plan.get().problem(exists).isEmpty(), plan);
        plan.addListener((o, a, b) -> show(b));
        show(plan.get());
    }

    NewPostPlan plan() {
        return plan.get();
    }

    BooleanBinding validProperty() {
        return valid;
    }

    TextField titleField() {
        return title;
    }

    private void show(NewPostPlan p) {
        boolean chinese = p.titleHasChinese();
        fromTitle.setText(messages.get(chinese ? "new.slugKeep" : "new.slugFromTitle"));
        hint.setVisible(chinese && !p.typedSlug());
        path.setText(p.path());
        Optional<NewPostPlan.Problem> why = p.problem(exists);
        problem.setText(why.map(w -> switch (w) {
            case EMPTY_SLUG -> messages.get("new.problem.emptySlug");
            case NO_DATE -> messages.get("new.problem.noDate");
            case EXISTS -> messages.get("new.problem.exists", p.path());
        }).orElse(""));
        // An empty title is not an error yet: say nothing until the author has typed something.
        problem.setVisible(why.isPresent() && !(why.get() == NewPostPlan.Problem.EMPTY_SLUG
                && p.title().isEmpty() && p.slugText().isEmpty()));
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add("new-post-label");
        return l;
    }

    void setDraft(boolean on) {
        draft.setSelected(on);
    }
}
