package org.postdesk.core.problems;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of problems and the labels of their repairs, in English or Simplified Chinese
 * ({@code messages.properties} and {@code messages_zh_CN.properties} beside this class). Immutable.
 */
public final class ProblemTexts {

    /** English, as the command line prints it. */
    public static final ProblemTexts ENGLISH = new ProblemTexts(Locale.ROOT);

    private final ResourceBundle bundle;

    public ProblemTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org.postdesk.core.problems.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The sentence saying what is wrong and what it does to the post. */
    public String sentence(Problem p) {
        return format("problem." + p.kind().key(), p.args().toArray());
    }

    /** The repair's button label ("Link to postimg/a.png"). */
    public String label(Repair r) {
        return format("repair." + r.kind().name().toLowerCase(Locale.ROOT), r.replacement());
    }

    /** The repair button's short text ("Relink"). */
    public String button(Repair r) {
        return format("button." + r.kind().name().toLowerCase(Locale.ROOT));
    }

    /** What {@code check --fix} did, for its report. */
    public String done(Repair r) {
        return format("fixed." + r.kind().name().toLowerCase(Locale.ROOT), r.expected().replaceAll("\\R", " "),
                r.replacement());
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
