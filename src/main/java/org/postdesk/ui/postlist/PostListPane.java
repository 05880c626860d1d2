package org.postdesk.ui.postlist;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The posts and drafts of the open blog, newest first, with a filter box and a tag choice.
 *
 * <p>The selection is the post open in the editor, {@link #selectedPathProperty()}. The author
 * changes it by clicking or with the arrow keys, and only after {@link #setCanLeave} agrees; the
 * shell changes it with {@link #select}. Filtering and {@link #setRows updating the rows} never
 * change it: a hidden post stays the open one and shows as selected again when it is back.
 *
 * <p>All methods are for the FX thread. Node ids: {@code postList} (this pane), {@code postFilter},
 * {@code tagFilter}, {@code postListView}, {@code postListProgress}, {@code cancelLoading} (shown only
 * while loading; calls {@link #setOnCancelLoading}), {@code postCount}.
 */
public final class PostListPane extends BorderPane {
    private final Messages messages;
    private final ObservableList<PostSearch.Keyed> source = FXCollections.observableArrayList();
    private final FilteredList<PostSearch.Keyed> shown = new FilteredList<>(source);
    private final ObservableSet<String> dirtyPaths = FXCollections.observableSet();
    private final ObservableSet<String> changedSinceCommit = FXCollections.observableSet();
    private final ReadOnlyStringWrapper selectedPath = new ReadOnlyStringWrapper(this, "selectedPath");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);

    private final TextField filter = new TextField();
    private final TagFilter tagFilter;
    private final ListView<PostSearch.Keyed> list = new ListView<>(shown);
    private final ProgressBar progressBar = new ProgressBar();
    private final Button cancelLoading = new Button();
    private final Label placeholder = new Label();
    private final Label count = new Label();
    private final LeaveGuard guard;
    private boolean adjusting;
    private boolean cancelled;
    private Runnable onCancelLoading;

    public PostListPane(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        setId("postList");
        getStyleClass().add("post-list");
        getStylesheets().add(Objects.requireNonNull(PostListPane.class.getResource("postlist.css")).toExternalForm());

        filter.setId("postFilter");
        filter.setPromptText(messages.get("filter.prompt"));
        filter.textProperty().addListener((o, a, b) -> applyFilter());
        tagFilter = new TagFilter(messages, this::applyFilter);
        progressBar.setId("postListProgress");
        progressBar.progressProperty().bind(progress);
        progressBar.setMaxWidth(Double.MAX_VALUE);
        cancelLoading.setId("cancelLoading");
        cancelLoading.setText(messages.get("list.cancelLoading"));
        cancelLoading.setOnAction(e -> {
            if (onCancelLoading != null) {
                onCancelLoading.run();
            }
        });
        HBox.setHgrow(progressBar, Priority.ALWAYS);
        HBox progressRow = new HBox(6, progressBar, cancelLoading);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        for (Node n : List.of(progressBar, cancelLoading, progressRow)) {
            n.visibleProperty().bind(loading);
            n.managedProperty().bind(loading);
        }
        VBox top = new VBox(6, filter, tagFilter.node(), progressRow);
        top.getStyleClass().add("post-list-top");
        setTop(top);

        list.setId("postListView");
        list.setCellFactory(v -> new PostCell(messages, dirtyPaths, changedSinceCommit));
        placeholder.getStyleClass().add("post-list-empty");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (!adjusting && now != null) {
                selectedPath.set(now.row().path());
            }
        });
        guard = new LeaveGuard(list, selectedPath::get);
        setCenter(list);

        count.setId("postCount");
        count.getStyleClass().add("post-count");
        setBottom(count);

        dirtyPaths.addListener((SetChangeListener<String>) c -> list.refresh());
        changedSinceCommit.addListener((SetChangeListener<String>) c -> list.refresh());
        loading.addListener((o, a, now) -> {
            if (now) {
                cancelled = false;
            }
            updateTexts();
        });
        updateTexts();
    }

    /** Replaces the rows, keeping the selection and the filter. */
    public void setRows(Collection<PostRow> rows) {
        setRows(PreparedRows.of(rows));
    }

    /** Replaces the rows with ones prepared elsewhere (e.g. off the FX thread). */
    public void setRows(PreparedRows rows) {
        adjusting = true;
        try {
            source.setAll(rows.rows());
            tagFilter.setChoices(rows.tags());
        } finally {
            adjusting = false;
        }
        applyFilter();
    }

    /** The rows in list order (newest first), all of them, whatever the filter shows. */
    public List<PostRow> rows() {
        return source.stream().map(PostSearch.Keyed::row).toList();
    }

    /**
     * Makes {@code path} the selected post without asking {@link #setCanLeave} (the shell asks
     * itself before calling). When the filter hides the post, the filter is cleared so the author
     * sees it. A path with no row leaves the list without a visible selection.
     */
    public void select(String path) {
        selectedPath.set(path);
        if (path != null && indexOf(path) < 0 && source.stream().anyMatch(k -> k.row().path().equals(path))) {
            filter.clear();
            tagFilter.reset();
        }
        applyFilter();
        int index = indexOf(path);
        if (index >= 0) {
            list.scrollTo(index);
        }
    }

    /** The menu a right click on a row shows (the click selects the row first, asking as a left click does). */
    public void setRowMenu(ContextMenu menu) {
        list.setContextMenu(menu);
    }

    /** The path of the post chosen in the list; it changes only when another post is chosen. */
    public ReadOnlyStringProperty selectedPathProperty() {
        return selectedPath.getReadOnlyProperty();
    }

    /** The latest row of the selected post (after an update it may carry a new title). */
    public Optional<PostRow> selectedRow() {
        String path = selectedPath.get();
        return source.stream().map(PostSearch.Keyed::row).filter(r -> r.path().equals(path)).findFirst();
    }

    /**
     * Consulted on the FX thread before a click or key would move the selection away from the
     * open post; it may show a modal Save / Don't save / Cancel dialog. False keeps the selection.
     * Null means always yes.
     */
    public void setCanLeave(BooleanSupplier canLeave) {
        guard.setCanLeave(canLeave);
    }

    /** Paths with unsaved changes; the shell adds and removes, the rows show a dot. */
    /** The posts that differ from the last git commit (a mark in their row; decision record 0042). */
    public ObservableSet<String> changedSinceCommit() {
        return changedSinceCommit;
    }

    public ObservableSet<String> dirtyPaths() {
        return dirtyPaths;
    }

    /** True while the blog index is being read: shows the progress bar and a waiting text. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Progress of the index, 0..1, or negative when unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /**
     * Called on the FX thread when the author clicks Cancel next to the progress ({@code #cancelLoading});
     * the shell stops reading the blog. Null: the button does nothing.
     */
    public void setOnCancelLoading(Runnable onCancel) {
        this.onCancelLoading = onCancel;
    }

    /** Reading the blog was stopped: an empty list says so (until the next loading) instead of "no posts". */
    public void showLoadingCancelled() {
        cancelled = true;
        updateTexts();
    }

    private void applyFilter() {
        adjusting = true;
        try {
            shown.setPredicate(PostSearch.matching(filter.getText(), tagFilter.selectedTag()));
            int index = indexOf(selectedPath.get());
            if (index >= 0) {
                list.getSelectionModel().clearAndSelect(index);
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            adjusting = false;
        }
        updateTexts();
    }

    private int indexOf(String path) {
        if (path == null) {
            return -1;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).row().path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private void updateTexts() {
        if (source.isEmpty()) {
            placeholder.setText(messages.get(loading.get() ? "list.loading"
                    : cancelled ? "list.cancelled" : "list.empty"));
        } else {
            placeholder.setText(messages.get("list.noMatch"));
        }
        count.setText(shown.size() == source.size()
                ? messages.get("count.all", source.size())
                : messages.get("count.some", shown.size(), source.size()));
    }
}
