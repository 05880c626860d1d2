package org.postdesk.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.postdesk.app.FailureReason;
import org.postdesk.app.StartupBlog;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.NotificationBar;

/**
 * File > Open Sample Hexo Blog ({@code #menuSampleHexo}): copies the sample Hexo site out beside
 * the sample blog (once; a copy already there is opened as it is) and opens it
 * (docs/decisions/0038). The copy runs off the FX thread.
 */
final class SampleSiteItem {

    private SampleSiteItem() {
    }

    /** Adds the item after File > Open Recent. */
    static MenuItem install(Bench bench, StartupBlog startup) {
        ResourceBundle text = bench.context().bundle("org.postdesk.ui.shell.messages");
        MenuItem item = new MenuItem(text.getString("menu.file.sampleHexo"));
        item.setId("menuSampleHexo");
        item.setOnAction(e -> open(bench, startup, text));
        for (Menu menu : bench.window().menuBar().getMenus()) {
            for (int i = 0; i < menu.getItems().size(); i++) {
                if ("menuOpenRecent".equals(menu.getItems().get(i).getId())) {
                    menu.getItems().add(i + 1, item);
                    return item;
                }
            }
        }
        return item;
    }

    static CompletableFuture<Path> open(Bench bench, StartupBlog startup, ResourceBundle text) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return startup.copySampleHexo();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, bench.context().taskExecutor()).whenCompleteAsync((folder, error) -> {
            if (error != null) {
                bench.notify(NotificationBar.Kind.ERROR, new MessageFormat(text.getString("error.sampleHexo"),
                        text.getLocale()).format(new Object[] {FailureReason.of(error)}));
            } else {
                bench.openBlog(folder, null);
            }
        }, Platform::runLater);
    }
}
