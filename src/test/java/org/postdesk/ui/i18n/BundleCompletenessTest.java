package org.postdesk.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.postdesk.ui.shell.UiLanguage;

/** Every UI text exists in English and Simplified Chinese, and the code shows no literal text. */
class BundleCompletenessTest {

    private static final Path UI_RESOURCES = Path.of("src/main/resources/org/postdesk/ui");
    private static final Path UI_SOURCES = Path.of("src/main/java/org/postdesk/ui");
    /** Literals that are no language: format hints and symbols. */
    private static final List<String> NOT_LANGUAGE = List.of("yyyy-mm-dd");
    private static final Pattern UI_LITERAL = Pattern.compile(
            "(new (Label|Button|MenuItem|Menu|CheckBox|Tooltip|TitledPane|Tab|Hyperlink|CheckMenuItem|RadioButton"
                    + "|RadioMenuItem|ToggleButton)|\\.set(Text|Title|PromptText|HeaderText|ContentText))\\(\"([^\"]*)\"");

    @Test
    void everyEnglishBundleHasAChineseTwinWithTheSameKeysAndNoEmptyValues() throws IOException {
        List<Path> english = bundles();
        assertThat(english).hasSizeGreaterThanOrEqualTo(4);
        for (Path base : english) {
            Path chinese = base.resolveSibling(base.getFileName().toString().replace(".properties", "_zh_CN.properties"));
            assertThat(chinese).as("Chinese twin of %s", base).exists();
            Properties en = load(base);
            Properties zh = load(chinese);
            assertThat(zh.stringPropertyNames()).as("keys of %s", chinese).isEqualTo(en.stringPropertyNames());
            for (Properties p : List.of(en, zh)) {
                p.forEach((key, value) -> assertThat(value.toString().strip()).as("%s in %s", key, base).isNotEmpty());
            }
        }
    }

    @Test
    void everyChineseBundleHasAnEnglishBase() throws IOException {
        try (Stream<Path> files = Files.walk(UI_RESOURCES)) {
            files.filter(p -> p.getFileName().toString().endsWith("_zh_CN.properties"))
                    .forEach(zh -> assertThat(zh.resolveSibling(zh.getFileName().toString().replace("_zh_CN", "")))
                            .exists());
        }
    }

    @Test
    void uiCodeSetsNoLiteralTextOnControls() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = UI_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = unescape(m.group(4));
                    if (literal.codePoints().anyMatch(Character::isLetter) && !NOT_LANGUAGE.contains(literal)) {
                        found.add(file.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theLanguageFollowsTheSystemUnlessChosen() {
        assertThat(UiLanguage.SYSTEM.locale(Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UiLanguage.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.fromSetting("en").locale(Locale.CHINA)).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.fromSetting("zh-CN").locale(Locale.US)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UiLanguage.fromSetting("nonsense")).isEqualTo(UiLanguage.SYSTEM);
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(UI_RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties")).toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static String unescape(String literal) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(literal);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
