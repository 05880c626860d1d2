package org.postdesk.ui.postlist;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Shows the pane with sample rows, for looking at it: {@code PostListDemo [en|zh] [dialog] [title]}.
 * Not a test; used with the screenshot tool.
 */
public final class PostListDemo {

    private PostListDemo() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; a nested class because JavaFX will not start a main class that is an Application. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        Locale locale = args.contains("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Messages messages = new Messages(locale);
        PostListPane pane = new PostListPane(messages);
        pane.setRows(SampleRows.rows());
        pane.select(SampleRows.JAVAFX);
        pane.dirtyPaths().add(SampleRows.JAVAFX);
        stage.setScene(new Scene(pane, 380, 700));
        if (args.contains("cjkfont")) { // the machine's fontconfig has no CJK fallback for JavaFX's System font
            pane.setStyle("-fx-font-family: 'Noto Sans CJK SC';");
        }
        stage.setTitle("Postdesk post list");
        stage.setX(20);
        stage.setY(20);
        stage.show();
        if (args.contains("dialog")) {
            NewPostDialog dialog = new NewPostDialog(messages, org.postdesk.core.site.jekyll.JekyllNaming.withDefaults(), Clock.systemDefaultZone(), Set.of("_posts/2026-11-27-hello.md")::contains);
            dialog.initOwner(stage);
            dialog.getDialogPane().setStyle(pane.getStyle());
            dialog.setX(440);
            dialog.setY(60);
            dialog.show();
            String title = args.size() > 2 ? args.get(args.size() - 1) : "";
            Platform.runLater(() -> {
                TextField field =
                        (TextField) dialog.getDialogPane().lookup("#newPostTitle");
                field.setText(title);
            });
        }
    }
    }
}
