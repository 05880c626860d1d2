package org.postdesk.ui.frontmatter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FieldKind;
import org.postdesk.core.frontmatter.FrontMatterDocument;

/** Shows only the form over a sample Hux post, for looking at it: {@code main [blogDir] [locale] [yaml]}. */
public final class FrontMatterPaneDemo {
    private FrontMatterPaneDemo() {
    }

    public static void main(String[] args) {
        Path blog = Path.of(args.length > 0 ? args[0] : "../shared/seed-blog");
        Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.SIMPLIFIED_CHINESE;
        boolean yaml = args.length > 2 && args[2].equals("yaml");
        Map<String, FieldKind> usual = new LinkedHashMap<>();
        usual.put("layout", FieldKind.STRING);
        usual.put("title", FieldKind.STRING);
        usual.put("subtitle", FieldKind.STRING);
        usual.put("date", FieldKind.DATE);
        usual.put("author", FieldKind.STRING);
        usual.put("header-img", FieldKind.STRING);
        usual.put("catalog", FieldKind.BOOLEAN);
        usual.put("tags", FieldKind.LIST);
        usual.put("description", FieldKind.STRING);
        FieldHints hints = new FieldHints(List.of("post", "page", "keynote"), List.of("Hux", "转载"),
                Map.of("生活", 12, "前端开发", 20, "JavaScript", 9, "其他", 4), Map.of(), usual,
                List.of("img/the-first.png"),
                path -> Optional.of(blog.resolve(path.replaceFirst("^/", ""))).filter(Files::isRegularFile)
                        .map(p -> p.toUri().toString()));
        String text = """
                layout:     post
                title:      "止付，2.9亿！一个很长的标题，看看它在窄窗口里怎么显示"
                subtitle:   "Hello World, Hello Blog"
                date:       2021-12-17 09:30:00 +0800
                author:     转载
                header-img: img/the-first.png
                catalog:    false
                tags:
                    - 其他
                    - 生活
                    - JavaScript
                seo:
                  keywords: 反诈
                """;
        Platform.startup(() -> {
            FrontMatterPane pane = new FrontMatterPane(locale);
            pane.setDocument(FrontMatterDocument.parse(yaml ? text + "bad: [x\n" : text, hints.keyOrder()), hints);
            Stage stage = new Stage();
            stage.setTitle("Postdesk — front matter");
            stage.setScene(new Scene(pane, 460, yaml ? 760 : 520));
            stage.show();
        });
    }
}
