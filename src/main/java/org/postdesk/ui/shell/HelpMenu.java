package org.postdesk.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.postdesk.app.FailureReason;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.ui.common.Bench;

/**
 * Help > Documentation, Check the Blog and About (decision record 0034). The documentation is
 * the README that ships inside the application, rendered as the preview renders a post, so it
 * reads offline; the check is the command line's {@code check}, shown in {@link CheckResultsWindow}.
 * FX thread.
 */
final class HelpMenu {

    static final String DOCS = "/org/postdesk/docs/README.md";
    static final String ABOUT = "/org/postdesk/about.properties";

    private final Bench bench;
    private final ResourceBundle text;
    private Stage docs;

    private HelpMenu(Bench bench) {
        this.bench = bench;
        this.text = bench.context().bundle("org.postdesk.ui.shell.messages");
    }

    static void install(Bench bench) {
        HelpMenu help = new HelpMenu(bench);
        Menu menu = bench.window().menuBar().getMenus().stream()
                .filter(m -> m.getItems().stream().anyMatch(i -> "menuShortcuts".equals(i.getId())))
                .findFirst().orElseThrow();
        menu.getItems().addAll(0, List.of(help.item("menu.help.docs", "menuDocs", help::showDocs),
                help.item("menu.help.check", "menuCheckBlog", help::checkBlog)));
        menu.getItems().addAll(List.of(new SeparatorMenuItem(), help.item("menu.help.about", "menuAbout", help::showAbout)));
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(text.getString(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The version the build wrote into the application. */
    static String version() {
        try (InputStream in = HelpMenu.class.getResourceAsStream(ABOUT)) {
            Properties about = new Properties();
            if (in != null) {
                about.load(in);
            }
            String version = about.getProperty("version", "");
            return version.isEmpty() || version.startsWith("${") ? "(development build)" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void showAbout() {
        Label name = new Label(format("about.version", version()));
        name.setId("aboutVersion");
        name.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        Label runtime = new Label(format("about.runtime", System.getProperty("java.version", "?"),
                System.getProperty("javafx.runtime.version", "?")));
        Label summary = new Label(text.getString("about.summary"));
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setPrefWidth(388);
        Hyperlink link = new Hyperlink(text.getString("about.docs"));
        link.setId("aboutDocs");
        link.setOnAction(e -> showDocs());
        VBox box = new VBox(8, name, summary, runtime, link);
        box.setPadding(new Insets(16));
        box.setPrefWidth(420);
        box.setMaxWidth(420);
        Stage stage = child("about.title", new Scene(box));
        stage.getScene().getRoot().setId("aboutWindow");
        stage.setResizable(false);
        stage.show();
    }

    void showDocs() {
        if (docs != null) {
            docs.show();
            docs.toFront();
            return;
        }
        WebView page = new WebView();
        page.setId("docsPage");
        docs = child("docs.title", new Scene(page, 820, 700));
        docs.initModality(Modality.NONE);
        docs.show();
        bench.inBackground(this::renderDocs).whenCompleteAsync((html, error) -> page.getEngine().loadContent(
                error == null ? html : "<p>" + FailureReason.of(error) + "</p>"), Platform::runLater);
    }

    private String renderDocs() {
        try (InputStream in = HelpMenu.class.getResourceAsStream(DOCS)) {
            if (in == null) {
                return "<p>" + text.getString("docs.missing") + "</p>";
            }
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String body = bench.context().renderer().render(new RenderRequest(markdown, Map.of(), Map.of(),
                    Path.of("").toAbsolutePath(), BlogFiles.NONE)).html();
            return "<html><body style=\"font-family: sans-serif; line-height: 1.55; max-width: 46em; margin: 1.5em auto;"
                    + " padding: 0 1em;\">" + body + "</body></html>";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void checkBlog() {
        CheckResultsWindow.show(bench, text);
    }

    private Stage child(String titleKey, Scene scene) {
        Stage stage = new Stage();
        stage.initOwner(bench.window().stage());
        stage.setTitle(text.getString(titleKey));
        scene.setUserAgentStylesheet(bench.window().stage().getScene().getUserAgentStylesheet());
        scene.getStylesheets().add(MainWindow.uiFontStylesheet()); // Chinese text needs the CJK-capable font
        stage.setScene(scene);
        return stage;
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
