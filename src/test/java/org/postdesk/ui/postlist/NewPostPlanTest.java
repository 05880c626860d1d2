package org.postdesk.ui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postdesk.core.site.PostNames;
import org.postdesk.core.site.jekyll.JekyllNaming;

class NewPostPlanTest {
    private static final PostNames JEKYLL = JekyllNaming.withDefaults();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    void asciiTitleGivesLowerCaseHyphenatedName() {
        NewPostPlan plan = new NewPostPlan(JEKYLL, "My First Post!", DAY, false, false, "");
        assertThat(plan.path()).isEqualTo("_posts/2026-11-27-my-first-post.md");
        assertThat(plan.problem(p -> false)).isEmpty();
        assertThat(plan.titleHasChinese()).isFalse();
    }

    @Test
    void chineseTitleKeepsItsCharactersOrTakesTheTypedSlug() {
        NewPostPlan keep = new NewPostPlan(JEKYLL, "我的第一篇 Post", DAY, false, false, "");
        assertThat(keep.titleHasChinese()).isTrue();
        assertThat(keep.path()).isEqualTo("_posts/2026-11-27-我的第一篇-post.md");
        NewPostPlan typed = new NewPostPlan(JEKYLL, "我的第一篇 Post", DAY, false, true, "My First Post");
        assertThat(typed.path()).isEqualTo("_posts/2026-11-27-my-first-post.md");
        assertThat(typed.result().title()).isEqualTo("我的第一篇 Post");
    }

    @Test
    void draftHasNoDateInItsName() {
        NewPostPlan plan = new NewPostPlan(JEKYLL, "Half an idea", DAY, true, false, "");
        assertThat(plan.path()).isEqualTo("_drafts/half-an-idea.md");
        assertThat(plan.result()).isEqualTo(new NewPost("Half an idea", DAY, "half-an-idea", true, "_drafts/half-an-idea.md"));
    }

    @Test
    void emptySlugExistingFileAndMissingDateAreRefused() {
        assertThat(new NewPostPlan(JEKYLL, "!!!", DAY, false, false, "").problem(p -> false)).contains(NewPostPlan.Problem.EMPTY_SLUG);
        assertThat(new NewPostPlan(JEKYLL, "我的", DAY, false, true, " - ").problem(p -> false)).contains(NewPostPlan.Problem.EMPTY_SLUG);
        assertThat(new NewPostPlan(JEKYLL, "Hello", null, false, false, "").problem(p -> false)).contains(NewPostPlan.Problem.NO_DATE);
        assertThat(new NewPostPlan(JEKYLL, "Hello", null, true, false, "").problem(p -> false)).isEmpty();
        Set<String> taken = Set.of("_posts/2026-11-27-hello.md");
        assertThat(new NewPostPlan(JEKYLL, "Hello", DAY, false, false, "").problem(taken::contains)).contains(NewPostPlan.Problem.EXISTS);
        assertThat(new NewPostPlan(JEKYLL, "Hello", DAY.plusDays(1), false, false, "").problem(taken::contains)).isEmpty();
    }
}
