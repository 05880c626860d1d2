package org.postdesk.ui.postlist;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import org.postdesk.core.blog.Slugs;
import org.postdesk.core.site.PostNames;

/**
 * What the New Post dialog's fields add up to: the slug, the file's path and, when the post cannot
 * be created, why. Slugs follow {@link Slugs#slugify}: Chinese characters are kept, everything
 * that is not a letter or digit becomes a dash, lower case. Pure.
 *
 * @param naming    the site's naming rules: where a new post or draft goes
 * @param title     the title as typed
 * @param date      the post's date (named in the file for posts, not for drafts); null when unset
 * @param draft     true for a draft (named without a date)
 * @param typedSlug true when the author types the slug instead of taking it from the title
 * @param slugText  the slug as typed (cleaned the same way as a title)
 */
public record NewPostPlan(PostNames naming, String title, LocalDate date, boolean draft, boolean typedSlug, String slugText) {

    /** Why a post cannot be created. */
    public enum Problem { EMPTY_SLUG, NO_DATE, EXISTS }

    public NewPostPlan {
        title = title == null ? "" : title.strip();
        slugText = slugText == null ? "" : slugText;
    }

    public String slug() {
        return Slugs.slugify(typedSlug ? slugText : title);
    }

    /** The file relative to the blog root as the site names it, e.g. {@code _posts/2026-11-27-my-first-post.md} for Jekyll; empty when not known yet. */
    public String path() {
        String slug = slug();
        if (slug.isEmpty() || (!draft && date == null)) {
            return "";
        }
        return naming.newPostPath(date, slug, "md", draft);
    }

    /** True when the title holds Chinese characters, so the author may prefer to type a Latin slug. */
    public boolean titleHasChinese() {
        return title.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** The first reason not to create the post, or empty when it can be created. */
    public Optional<Problem> problem(Predicate<String> exists) {
        if (slug().isEmpty()) {
            return Optional.of(Problem.EMPTY_SLUG);
        }
        if (!draft && date == null) {
            return Optional.of(Problem.NO_DATE);
        }
        return exists.test(path()) ? Optional.of(Problem.EXISTS) : Optional.empty();
    }

    /** The dialog's answer, once there is no problem. */
    public NewPost result() {
        return new NewPost(title, date, slug(), draft, path());
    }
}
