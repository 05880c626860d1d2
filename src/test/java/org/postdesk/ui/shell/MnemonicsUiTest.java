package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postdesk.app.MemorySettings;
import org.testfx.framework.junit5.ApplicationExtension;
import org.postdesk.ui.common.ShellContext;

/**
 * The real menu bar in English and in Chinese: every menu and every item has a mnemonic, and no
 * two at the same level share one (Alt+letter must reach exactly one thing).
 */
@ExtendWith(ApplicationExtension.class)
class MnemonicsUiTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyLevelOfTheMenuBarHasUniqueMnemonics(String language) throws IOException {
        Path temp = Files.createTempDirectory("postdesk-mnemonics");
        ShellContext context = TestShells.context(new MemorySettings(),
                "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        Workbench bench = fx(() -> Shell.create(new Stage(), context, w -> new ScriptedDialogs(), temp.resolve("cache"),
                Clock.systemDefaultZone()));
        try {
            MenuBar bar = fx(() -> bench.window().menuBar());
            List<String> problems = new ArrayList<>();
            fx(() -> {
                check("the menu bar", new ArrayList<>(bar.getMenus()), problems);
                for (Menu menu : bar.getMenus()) {
                    walk(menu, problems);
                }
                return null;
            });
            assertThat(problems).as("mnemonic problems in the %s menus", language).isEmpty();
            assertThat(fx(() -> bar.getMenus().size())).isGreaterThanOrEqualTo(8);
        } finally {
            TestShells.close(bench, context);
        }
    }

    private static void walk(Menu menu, List<String> problems) {
        check(menu.getText(), new ArrayList<>(menu.getItems()), problems);
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                walk(sub, problems);
            }
        }
    }

    private static void check(String level, List<? extends MenuItem> items, List<String> problems) {
        Map<Character, String> seen = new HashMap<>();
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem || !item.isMnemonicParsing() || item.getText() == null) {
                continue; // separators, and entries naming files (Open Recent), which have none on purpose
            }
            Character key = mnemonic(item.getText());
            if (key == null) {
                problems.add(level + ": \"" + item.getText() + "\" has no mnemonic");
            } else if (seen.containsKey(key)) {
                problems.add(level + ": \"" + item.getText() + "\" and \"" + seen.get(key) + "\" share _" + key);
            } else {
                seen.put(key, item.getText());
            }
        }
    }

    static Character mnemonic(String text) {
        int at = text.indexOf('_');
        while (at >= 0 && at + 1 < text.length()) {
            char next = text.charAt(at + 1);
            if (next != '_') {
                return Character.toUpperCase(next);
            }
            at = text.indexOf('_', at + 2);
        }
        return null;
    }
}
