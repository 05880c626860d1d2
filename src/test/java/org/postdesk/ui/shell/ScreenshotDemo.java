package org.postdesk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.application.Application;
import javafx.stage.Stage;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Opens the window on a sample post, for looking at it (screenshots). Not a test. Its renderer
 * is a stand-in for the core pipeline: commonmark plus a crude {{ site.baseurl }} replacement.
 * Arguments: [blog folder] [zh]
 */
public final class ScreenshotDemo {

    private ScreenshotDemo() {
    }

    public static void main(String[] args) {
        Application.launch(DemoApp.class, args);
    }

    /** The demo application. */
    public static final class DemoApp extends Application {
        private ShellContext context;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Path blog = Path.of(args.isEmpty() ? "../shared/seed-blog" : args.get(0)).toAbsolutePath().normalize();
            Locale locale = args.contains("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
            context = new ShellContext(new MemorySettings(), ResourceBundle.getBundle(ShellContext.MESSAGES, locale),
                    renderer(blog), url -> { }, ShellContext.worker("demo-highlight"), ShellContext.worker("demo-render"));
            MainWindow window = new MainWindow(stage, context);
            stage.show();
            window.openText(SAMPLE);
            window.editor().requestFocus();
            if (args.contains("bottom")) {
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
                later.setOnFinished(e -> {
                    window.preview().executeScript("window.scrollTo(0, document.body.scrollHeight)");
                    window.editor().insertAtCaret("");
                    ((org.fxmisc.richtext.CodeArea) stage.getScene().lookup("#editor")).showParagraphAtBottom(40);
                });
                later.play();
            }
        }

        @Override
        public void stop() {
            context.close();
        }

        private static Function<String, String> renderer(Path blog) {
            List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    TaskListItemsExtension.create());
            Parser parser = Parser.builder().extensions(extensions).build();
            HtmlRenderer html = HtmlRenderer.builder().extensions(extensions).build();
            String base = blog.toUri().toString().replaceAll("/$", "");
            return text -> "<h1 class=\"pd-title\">止付，2.9亿！写作示例</h1>\n"
                    + html.render(parser.parse(text.replaceAll("\\{\\{\\s*site\\.baseurl\\s*}}", base)));
        }
    }

    static final String SAMPLE = """
            > 转载：清远市反诈骗中心<br>来源：微信公众号

            ## 整体成效

            今年1至11月，清远市公安机关接电信网络诈骗警情 **2729起**，同比下降 *36.76%*；\
            这是一段很长的中文段落，用来看看软换行和行高是否舒适，预览里的中文是否清楚易读。

            ![反诈宣传]({{ site.baseurl }}/postimg/SUycX2yckdLUYd7ek7uMibfB332cgyIHL7TZFKIgFFqTlXXSaZvOzK7t1icQ6UppPg0R3PA4SaEbx0ODVlH2jV1A.jpeg)

            ### 防范要点

            1. 不轻信陌生来电，核实身份 `96110`
            2. 不点击[可疑链接](https://example.com/phish)
            - [x] 下载国家反诈中心 App
            - [ ] 转告家人朋友

            | 项目 | 数量 | 同比 |
            |------|-----:|-----:|
            | 警情 | 2729 | -36.76% |
            | 止付 | 2.9亿 | — |

            ```java
            // Liquid stays literal in code: {{ page.title }}
            String msg = "止付成功";
            ```

            <span style="color:red">提醒</span> ~~旧的说法~~ 链接：{% post_url 2021-12-17-止付2.9亿 %}

            ![缺失的图片]({{ site.baseurl }}/img/no-such-picture.png)
            """;
}
