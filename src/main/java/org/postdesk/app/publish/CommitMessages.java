package org.postdesk.app.publish;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.postdesk.core.git.FileChange;

/**
 * The commit message Postdesk suggests, in the author's language, from what changed: "Add post
 * 止付，2.9亿！ and 9 images", "更新 2 篇文章和 1 张图片" (decision record 0042).
 */
public final class CommitMessages {
    private final ResourceBundle text;
    private final Locale locale;

    public CommitMessages(Locale locale) {
        this.locale = locale;
        this.text = ResourceBundle.getBundle("org.postdesk.app.publish", locale);
    }

    public String suggest(List<PublishItem> chosen) {
        List<String> parts = new ArrayList<>();
        for (FileChange.Kind kind : FileChange.Kind.values()) {
            List<PublishItem> posts = chosen.stream().filter(i -> i.isPost() && i.kind() == kind).toList();
            if (posts.size() == 1) {
                parts.add(format("post." + kind + ".one", posts.get(0).title()));
            } else if (posts.size() > 1) {
                parts.add(format("post." + kind + ".many", posts.size()));
            }
        }
        List<PublishItem> images = chosen.stream().filter(i -> i.role() == PublishItem.Role.IMAGE).toList();
        List<PublishItem> files = chosen.stream().filter(i -> !i.isPost() && i.role() != PublishItem.Role.IMAGE)
                .toList();
        addCounted(parts, images, "images");
        addCounted(parts, files, "files");
        if (parts.isEmpty()) {
            return "";
        }
        StringBuilder message = new StringBuilder(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            message.append(i == parts.size() - 1 ? text.getString("and") : text.getString("comma")).append(parts.get(i));
        }
        return message.substring(0, 1).toUpperCase(locale) + message.substring(1);
    }

    /** "9 images" after a post; "Add 9 images" alone (the verb of the kind they share, else update). */
    private void addCounted(List<String> parts, List<PublishItem> items, String noun) {
        if (items.isEmpty()) {
            return;
        }
        String counted = format(noun + (items.size() == 1 ? ".one" : ".many"), items.size());
        if (!parts.isEmpty()) {
            parts.add(counted);
            return;
        }
        FileChange.Kind kind = items.stream().allMatch(i -> i.kind() == items.get(0).kind())
                ? items.get(0).kind() : FileChange.Kind.MODIFIED;
        parts.add(format("alone." + kind, counted));
    }

    private String format(String key, Object arg) {
        return new MessageFormat(text.getString(key), locale).format(new Object[] {arg});
    }
}
