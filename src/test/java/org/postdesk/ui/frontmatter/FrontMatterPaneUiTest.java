package org.postdesk.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FieldKind;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@ExtendWith(ApplicationExtension.class)
class FrontMatterPaneUiTest {

    static final String HUX = """
            layout:     post
            title:      "Hello 2015"
            subtitle:   " \\"Hello World, Hello Blog\\""
            date:       2015-01-29 12:00:00
            author:     "Hux"
            header-img: "img/post-bg-2015.jpg"
            catalog:    true
            tags:
                - 生活
                - Meta
            """;
    static final List<String> ORIGINAL = lines(HUX);

    private FrontMatterPane pane;
    private final List<FrontMatterDocument> edits = new ArrayList<>();

    static FieldHints hints() {
        Map<String, FieldKind> usual = new LinkedHashMap<>();
        for (String key : List.of("layout", "title", "subtitle", "date", "author", "header-img", "catalog", "tags")) {
            usual.put(key, FieldKind.STRING);
        }
        usual.put("catalog", FieldKind.BOOLEAN);
        usual.put("tags", FieldKind.LIST);
        usual.put("date", FieldKind.DATE);
        usual.put("description", FieldKind.STRING);
        return new FieldHints(List.of("post", "page", "keynote"), List.of("Hux", "BY"),
                Map.of("生活", 12, "Meta", 3, "前端开发", 20, "JavaScript", 9, "Java", 2), Map.of(), usual,
                List.of("img/post-bg-2015.jpg", "img/other.jpg"), path -> Optional.empty());
    }

    @Start
    void start(Stage stage) {
        pane = new FrontMatterPane(Locale.ENGLISH);
        pane.setDocument(FrontMatterDocument.parse(HUX, hints().keyOrder()), hints());
        pane.addEditListener(edits::add);
        stage.setScene(new Scene(pane, 520, 560));
        stage.show();
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    private List<String> now() {
        return lines(pane.getDocument().text());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    /** The original lines with line {@code index} (0-based) replaced. */
    private static List<String> replaced(int index, String line) {
        List<String> expected = new ArrayList<>(ORIGINAL);
        expected.set(index, line);
        return expected;
    }

    private void selectAllIn(FxRobot robot, String query) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
    }

    @Test
    void showsTheFieldsOfAHuxPost(FxRobot robot) {
        assertThat(robot.lookup("#frontMatter").tryQuery()).isPresent();
        assertThat(robot.lookup("#fm-title").queryAs(TextField.class).getText()).isEqualTo("Hello 2015");
        assertThat(robot.lookup("#fm-subtitle").queryAs(TextField.class).getText()).isEqualTo(" \"Hello World, Hello Blog\"");
        assertThat(robot.lookup("#fm-layout").queryAs(ComboBox.class).getValue()).isEqualTo("post");
        assertThat(robot.lookup("#fm-author").queryAs(ComboBox.class).getEditor().getText()).isEqualTo("Hux");
        assertThat(robot.lookup("#fm-catalog").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#fm-date").queryAs(DatePicker.class).getValue()).hasToString("2015-01-29");
        assertThat(robot.lookup("#fm-date-time").queryAs(TextField.class).getText()).isEqualTo("12:00:00");
        assertThat(robot.lookup("#fm-header-img").queryAs(TextField.class).getText()).isEqualTo("img/post-bg-2015.jpg");
        assertThat(robot.lookup("#fm-tags .fm-chip-text").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("生活", "Meta");
        assertThat(edits).as("loading publishes no edit").isEmpty();
    }

    @Test
    void typingATitleChangesOnlyTheTitleLine(FxRobot robot) {
        selectAllIn(robot, "#fm-title");
        robot.write("Bye 2015");
        assertThat(now()).isEqualTo(replaced(1, "title:      \"Bye 2015\""));
        assertThat(edits).isNotEmpty();
        assertThat(edits.get(edits.size() - 1)).isSameAs(pane.getDocument());
    }

    @Test
    void togglingCatalogChangesOnlyThatLine(FxRobot robot) {
        robot.clickOn("#fm-catalog");
        assertThat(now()).isEqualTo(replaced(6, "catalog:    false"));
    }

    @Test
    void aTagTypedWithEnterAddsOneListLineInTheSameIndentation(FxRobot robot) {
        robot.clickOn("#fm-tags-input").write("Jekyll").push(KeyCode.ENTER);
        List<String> expected = new ArrayList<>(ORIGINAL);
        expected.add(10, "    - Jekyll");
        assertThat(now()).isEqualTo(expected);
        assertThat(robot.lookup("#fm-tags .fm-chip-text").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("生活", "Meta", "Jekyll");
    }

    @Test
    void aCommaAlsoAddsATag(FxRobot robot) {
        robot.clickOn("#fm-tags-input").write("Jekyll,");
        assertThat(now()).contains("    - Jekyll");
        assertThat(robot.lookup("#fm-tags-input").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aTagCanBePickedFromTheBlogsTags(FxRobot robot) throws TimeoutException {
        robot.clickOn("#fm-tags-input").write("Jav");
        waitUntil(() -> robot.lookup(".fm-suggestion").tryQuery().isPresent());
        List<String> offered = robot.lookup(".fm-suggestion Label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> !t.matches("\\d+")).toList();
        assertThat(offered).as("most used first").containsExactly("JavaScript", "Java");
        robot.clickOn("JavaScript");
        assertThat(now()).contains("    - JavaScript");
    }

    @Test
    void anExistingTagPublishesNothing(FxRobot robot) {
        robot.clickOn("#fm-tags-input").write("Meta").push(KeyCode.ENTER);
        assertThat(edits).isEmpty();
        assertThat(pane.getDocument().text()).isEqualTo(HUX);
    }

    @Test
    void removingAChipRemovesOnlyItsLine(FxRobot robot) {
        Node chip = robot.lookup(".fm-chip").match(n -> "生活".equals(n.getUserData())).query();
        robot.clickOn(robot.from(chip).lookup(".fm-chip-remove").queryButton());
        List<String> expected = new ArrayList<>(ORIGINAL);
        expected.remove(8);
        assertThat(now()).isEqualTo(expected);
    }

    @Test
    void theDateIsWrittenInThePostsOwnFormat(FxRobot robot) {
        DatePicker picker = robot.lookup("#fm-date").queryAs(DatePicker.class);
        selectAllIn(robot, "#fm-date .text-field");
        robot.write("2016-02-03").push(KeyCode.ENTER);
        assertThat(picker.getValue()).hasToString("2016-02-03");
        assertThat(now()).isEqualTo(replaced(3, "date:       2016-02-03 12:00:00"));
        selectAllIn(robot, "#fm-date-time");
        robot.write("08:30").push(KeyCode.ENTER);
        assertThat(now()).isEqualTo(replaced(3, "date:       2016-02-03 08:30:00"));
    }

    @Test
    void aPickedHeaderImageReplacesOnlyItsValue(FxRobot robot) {
        pane.setImagePicker((owner, current, hints) -> {
            assertThat(current).isEqualTo("img/post-bg-2015.jpg");
            return Optional.of("img/other.jpg");
        });
        robot.clickOn("#fm-header-img-browse");
        assertThat(now()).isEqualTo(replaced(5, "header-img: \"img/other.jpg\""));
    }

    @Test
    void theFormOffersItsImageFieldsByKeyAndAValueTypedThereIsAnEdit(FxRobot robot) {
        Map<String, FrontMatterPane.ImageSpot> fields = new HashMap<>();
        robot.interact(() -> fields.putAll(pane.imageFields()));
        assertThat(fields).as("only the image fields, by key").containsOnlyKeys("header-img");
        int before = edits.size();
        robot.interact(() -> fields.get("header-img").type("img/dropped.png"));
        assertThat(now()).isEqualTo(replaced(5, "header-img: \"img/dropped.png\""));
        assertThat(edits).as("an author's edit").hasSize(before + 1);
    }

    @Test
    void aValueTypedIntoAFieldOfAnotherDocumentIsDropped(FxRobot robot) {
        Map<String, FrontMatterPane.ImageSpot> fields = new HashMap<>();
        robot.interact(() -> fields.putAll(pane.imageFields()));
        robot.interact(() -> pane.setDocument(FrontMatterDocument.parse("title: Second\n"), hints()));
        robot.interact(() -> assertThat(pane.imageFields()).isEmpty());
        robot.interact(() -> fields.get("header-img").type("img/late.png"));
        assertThat(pane.getDocument().text()).as("a late drop on a field that is gone").isEqualTo("title: Second\n");
    }

    @Test
    void publishedAddedWithPlusAppearsAsACheckBox(FxRobot robot) throws TimeoutException {
        robot.clickOn("#fm-add");
        robot.clickOn("#fm-add-key").write("published").push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#fm-published").tryQuery().isPresent());
        assertThat(robot.lookup("#fm-published").queryAs(Node.class)).isInstanceOf(CheckBox.class);
        assertThat(pane.getDocument().has("published")).isTrue();
        List<String> added = new ArrayList<>(now());
        assertThat(added.removeIf(line -> line.startsWith("published:"))).isTrue();
        assertThat(added).as("every other line as it was").isEqualTo(ORIGINAL);
    }

    @Test
    void theAddFieldSuggestsUsualKeysNotYetPresent(FxRobot robot) {
        robot.clickOn("#fm-add");
        assertThat(robot.lookup("#fm-add-key").queryAs(ComboBox.class).getItems()).containsExactly("description");
    }

    @Test
    void removingAKeyRemovesItsLines(FxRobot robot) {
        robot.clickOn("#fm-remove-tags");
        List<String> expected = new ArrayList<>(ORIGINAL.subList(0, 7));
        expected.add("");
        assertThat(now()).isEqualTo(expected);
        assertThat(robot.lookup("#fm-tags").tryQuery()).isEmpty();
    }

    @Test
    void brokenYamlDisablesTheFormWithASentenceAndFixingItBringsItBack(FxRobot robot) throws TimeoutException {
        robot.clickOn("#fm-yaml-toggle");
        TextArea yaml = robot.lookup("#fm-yaml").queryAs(TextArea.class);
        assertThat(yaml.isVisible()).isTrue();
        assertThat(yaml.getText()).isEqualTo(HUX);
        robot.clickOn(yaml).push(KeyCode.CONTROL, KeyCode.END);
        robot.write("extra: [unclosed");
        Label problem = robot.lookup("#fm-problem").queryAs(Label.class);
        waitUntil(() -> problem.isVisible() && !pane.getDocument().isValid());
        int line = pane.getDocument().problem().orElseThrow().line();
        assertThat(problem.getText()).startsWith("Line " + line + ",");
        assertThat(line).isBetween(11, 12);
        assertThat(robot.lookup("#fm-title").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(pane.getDocument().text()).as("the text is kept exactly").isEqualTo(HUX + "extra: [unclosed");
        assertThat(edits.get(edits.size() - 1).text()).isEqualTo(HUX + "extra: [unclosed");

        robot.write("]");
        waitUntil(() -> !problem.isVisible() && pane.getDocument().isValid());
        assertThat(robot.lookup("#fm-title").queryAs(Node.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#fm-extra").tryQuery()).isPresent();
        assertThat(pane.getDocument().text()).isEqualTo(HUX + "extra: [unclosed]");
    }

    @Test
    void formEditsShowInTheYamlText(FxRobot robot) {
        robot.clickOn("#fm-yaml-toggle");
        robot.clickOn("#fm-catalog");
        assertThat(robot.lookup("#fm-yaml").queryAs(TextArea.class).getText()).isEqualTo(pane.getDocument().text())
                .contains("catalog:    false");
    }

    @Test
    void loadingAnotherDocumentPublishesNoEdit(FxRobot robot) {
        robot.interact(() -> pane.setDocument(FrontMatterDocument.parse("title: Second\ncatalog: false\n"), hints()));
        assertThat(robot.lookup("#fm-title").queryAs(TextField.class).getText()).isEqualTo("Second");
        assertThat(robot.lookup("#fm-catalog").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#fm-tags").tryQuery()).isEmpty();
        assertThat(edits).isEmpty();
    }

    @Test
    void anInvalidDocumentOpensInTheYamlText(FxRobot robot) {
        robot.interact(() -> pane.setDocument(FrontMatterDocument.parse("title: [oops\n"), hints()));
        assertThat(robot.lookup("#fm-yaml").queryAs(TextArea.class).isVisible()).isTrue();
        assertThat(robot.lookup("#fm-problem").queryAs(Label.class).getText()).startsWith("Line ");
        assertThat(edits).isEmpty();
    }

    @Test
    void chineseTextInATitleChangesOnlyTheTitleLine(FxRobot robot) {
        TextField title = robot.lookup("#fm-title").queryAs(TextField.class);
        robot.interact(() -> title.setText("你好，2015"));
        List<String> expected = new ArrayList<>(ORIGINAL);
        expected.remove(1);
        List<String> actual = new ArrayList<>(now());
        String titleLine = actual.remove(1);
        assertThat(actual).isEqualTo(expected);
        assertThat(titleLine).startsWith("title:      ").contains("你好，2015");
        assertThat(FrontMatterDocument.parse(pane.getDocument().text()).string("title")).contains("你好，2015");
    }

    @Test
    void aLayoutIsChosenFromTheBlogsLayouts(FxRobot robot) {
        robot.clickOn("#fm-layout").clickOn("page");
        assertThat(now()).isEqualTo(replaced(0, "layout:     page"));
    }

    @Test
    void choosingTheSameAuthorPublishesNothing(FxRobot robot) {
        robot.clickOn("#fm-author .arrow-button").clickOn("Hux");
        assertThat(edits).isEmpty();
        assertThat(pane.getDocument().text()).isEqualTo(HUX);
    }

    @Test
    void labelsAreInTheInjectedLanguage(FxRobot robot) throws Exception {
        FrontMatterPane chinese = WaitForAsyncUtils.asyncFx(() -> {
            FrontMatterPane p = new FrontMatterPane(Locale.SIMPLIFIED_CHINESE);
            p.setDocument(FrontMatterDocument.parse(HUX), hints());
            return p;
        }).get(10, TimeUnit.SECONDS);
        robot.interact(() -> pane.getScene().setRoot(chinese));
        assertThat(robot.lookup("#frontMatter .fm-label").queryAll()).extracting(n -> ((Label) n).getText())
                .containsExactly("布局", "标题", "副标题", "日期", "作者", "题图", "目录", "标签");
    }

    @Test
    void aMapIsEditedAsYamlTextAndCommittedWhenFocusLeaves(FxRobot robot) {
        robot.interact(() -> pane.setDocument(FrontMatterDocument.parse("title: A\nseo: {keywords: x}\n"), hints()));
        TextArea seo = robot.lookup("#fm-seo").queryAs(TextArea.class);
        assertThat(seo.getText()).isEqualTo("{keywords: x}");
        robot.clickOn(seo).push(KeyCode.CONTROL, KeyCode.A).write("{keywords: y}");
        assertThat(edits).as("not before the focus leaves").isEmpty();
        robot.clickOn("#fm-title");
        assertThat(pane.getDocument().text()).isEqualTo("title: A\nseo: {keywords: y}\n");
    }

    @Test
    void aHostileTitleTypedKeyByKeyIsWrittenAsThatText(FxRobot robot) {
        selectAllIn(robot, "#fm-title");
        robot.write("a: b #c");
        String text = pane.getDocument().text();
        Object read = new Yaml(new SafeConstructor(
                new LoaderOptions())).<Map<String, Object>>load(text).get("title");
        assertThat(read).isEqualTo("a: b #c");
        assertThat(now()).isEqualTo(replaced(1, "title:      \"a: b #c\""));
        assertThat(robot.lookup("#fm-problem").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aRefusedEditKeepsTheTypedTextAndSaysWhy(FxRobot robot) {
        TextField title = robot.lookup("#fm-title").queryAs(TextField.class);
        robot.interact(() -> title.setText("broken \uD800"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getDocument().text()).isEqualTo(HUX);
        assertThat(robot.lookup("#fm-title").queryAs(TextField.class).getText()).isEqualTo("broken \uD800");
        Label problem = robot.lookup("#fm-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("broken character").doesNotContain("Exception");
        robot.interact(() -> title.setText("fixed"));
        assertThat(now()).isEqualTo(replaced(1, "title:      \"fixed\""));
        assertThat(problem.isVisible()).isFalse();
    }
}
