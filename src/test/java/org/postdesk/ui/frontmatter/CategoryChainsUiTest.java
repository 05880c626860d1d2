package org.postdesk.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Hexo's categories in the form: one field per chain, a parent and its children (decision record 0038). */
@ExtendWith(ApplicationExtension.class)
class CategoryChainsUiTest {
    private static final String YAML = "title: 旅行\ncategories:\n- [写作, 工具]\n- 生活\ntags: [a]\n";

    private FrontMatterPane pane;

    static FieldHints chains() {
        return new FieldHints(List.of("post"), List.of(), Map.of(), Map.of(), Map.of(), List.of(), null, true);
    }

    @Start
    void start(Stage stage) {
        pane = new FrontMatterPane(Locale.ENGLISH);
        pane.setDocument(FrontMatterDocument.parse(YAML), chains());
        stage.setScene(new Scene(pane, 520, 560));
        stage.show();
    }

    private List<String> shown(FxRobot robot) {
        return robot.lookup("#fm-categories .fm-chain").queryAllAs(TextField.class).stream().map(TextField::getText)
                .toList();
    }

    @Test
    void eachChainIsAFieldAndAnEditWritesTheChainsAndNothingElse(FxRobot robot) {
        assertThat(shown(robot)).containsExactly("写作 › 工具", "生活");
        TextField second = robot.lookup("#fm-categories .fm-chain").nth(1).queryAs(TextField.class);
        robot.clickOn(second).push(KeyCode.END);
        robot.write(" > 读书").push(KeyCode.ENTER);
        String text = pane.getDocument().text();
        assertThat(text).startsWith("title: 旅行\n").endsWith("tags: [a]\n");
        assertThat(FrontMatterDocument.chainsIn(pane.getDocument().get("categories").orElseThrow()))
                .isEqualTo(List.of(List.of("写作", "工具"), List.of("生活", "读书")));
    }

    @Test
    void removingAChainLeavesOneChainAsAPlainList(FxRobot robot) {
        robot.clickOn(robot.lookup("#fm-categories .fm-chain-remove").nth(1).queryButton()); // 生活
        assertThat(FrontMatterDocument.chainsIn(pane.getDocument().get("categories").orElseThrow()))
                .isEqualTo(List.of(List.of("写作", "工具")));
        assertThat(shown(robot)).containsExactly("写作 › 工具");
        assertThat(pane.getDocument().text()).contains("tags: [a]\n").startsWith("title: 旅行\n");
    }

    @Test
    void aPlainListIsOneChainAndAnotherSiteKeepsChips(FxRobot robot) {
        robot.interact(() -> pane.setDocument(FrontMatterDocument.parse("categories:\n- 写作\n- 工具\n"), chains()));
        assertThat(shown(robot)).containsExactly("写作 › 工具");
        robot.interact(() -> pane.setDocument(FrontMatterDocument.parse("categories:\n- 写作\n- 工具\n"),
                FrontMatterPaneUiTest.hints()));
        assertThat(robot.lookup("#fm-categories .fm-chain").tryQuery()).isEmpty();
    }
}
