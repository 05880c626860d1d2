package org.postdesk.ui.frontmatter;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The pane's UI text in the injected locale. */
final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.postdesk.ui.frontmatter.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A readable name for a front-matter key: "Title" or "标题" for {@code title}, the key itself otherwise. */
    String fieldLabel(String key) {
        try {
            return bundle.getString("field." + key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
