package org.postdesk.core.site;

import java.io.IOException;
import java.nio.file.Path;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.TemplatePass;

/**
 * A static-site generator (Jekyll today): how it recognises its folders and how it opens one as
 * a {@link Site}. Code outside the generator's own package reaches it only through this
 * interface, {@link Site} and {@link Generators} (docs/decisions/0029).
 */
public interface Generator {

    /** A short, stable, lower-case name ({@code jekyll}), for settings and logs. */
    String id();

    /** The name an author knows ({@code Jekyll}), for sentences. */
    String displayName();

    /**
     * How sure this generator is that {@code dir} is one of its sites. Never throws: a missing,
     * unreadable or non-folder path is {@link Recognition#none}.
     */
    Recognition recognise(Path dir);

    /**
     * The folder, relative to the root, that makes a folder nobody takes this generator's site
     * ({@code _posts} for Jekyll): the window offers to create it (docs/decisions/0029, step 2).
     */
    String starterFolder();

    /**
     * The template pass of this generator's sites (Liquid for Jekyll); the fallback generator's
     * also serves a file outside any site ({@link Generators#fallback()}). Thread-safe, shared.
     */
    TemplatePass templatePass();

    /**
     * The Markdown flavour of this generator's sites (kramdown for Jekyll); the fallback
     * generator's also serves a file outside any site. A shared instance (docs/decisions/0029, step 3).
     */
    MarkdownFlavour markdownFlavour();

    /**
     * Opens {@code dir} as this generator's site. A folder it does not recognise still opens (its
     * problems say so), so an empty folder can become a blog.
     *
     * @throws IOException when {@code dir} is not a readable folder
     */
    Site open(Path dir) throws IOException;
}
