package org.postdesk.app.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.git.FileChange;
import org.postdesk.core.git.GitProgress;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.NotesGenerator;
import org.postdesk.core.site.Site;

/**
 * What Publish sorts and says, through the site seam: a generator that exists only in the tests
 * (its posts in entries/, drafts in ideas/) is published by its own folders, and the message
 * speaks the author's language.
 */
class PublisherTest {

    @TempDir
    Path dir;

    private static void write(Path root, String path, String text) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    private static List<PostSummary> index(Site site) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            return new PostIndex(site.folder()).scan(pool, PostIndex.Progress.none()).get();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherGeneratorsFoldersDecideWhatIsContentAndTheBlogMayBeASubFolder() throws Exception {
        Path top = dir.resolve("site");
        Path notes = top.resolve("notes");
        write(notes, ".notes", "");
        write(notes, "entries/first.txt", "---\ntitle: First note\n---\nHello\n");
        write(notes, "entries/gone.txt", "---\ntitle: 将被删除的笔记\n---\nBye\n");
        write(top, "README.md", "the larger repository\n");
        try (Git git = Git.init().setInitialBranch("main").setDirectory(top.toFile()).call()) {
            StoredConfig c = git.getRepository().getConfig();
            c.setString("user", null, "name", "Ann");
            c.setString("user", null, "email", "ann@example.org");
            c.save();
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Start").call();
        }
        write(notes, "entries/first.txt", "---\ntitle: First note\n---\nHello again\n");
        write(notes, "ideas/later.txt", "---\ntitle: Later\n---\nSome day\n");
        write(notes, "entries/picture.png", "png");
        write(notes, ".postdesk.yml", "images: entries\n");
        write(notes, "layout.tmpl", "changed theme\n");
        Files.delete(notes.resolve("entries/gone.txt"));
        write(top, "README.md", "edited\n");

        Site site = Generators.standard().plus(new NotesGenerator()).open(notes);
        assertThat(site.generator().displayName()).isEqualTo("Notes");
        try (Publisher publisher = Publisher.open(site, index(site), Publisher.credentials(dir, Map.of(),
                new SessionTokens())).orElseThrow()) {
            PublishPlan plan = publisher.plan();
            assertThat(plan.items()).extracting(PublishItem::repoPath, PublishItem::role, PublishItem::title,
                    PublishItem::chosenByDefault).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("README.md", PublishItem.Role.OTHER, "README.md", false),
                    org.assertj.core.groups.Tuple.tuple("notes/.postdesk.yml", PublishItem.Role.CONTENT, ".postdesk.yml",
                            true),
                    org.assertj.core.groups.Tuple.tuple("notes/entries/first.txt", PublishItem.Role.POST, "First note",
                            true),
                    org.assertj.core.groups.Tuple.tuple("notes/entries/gone.txt", PublishItem.Role.POST, "将被删除的笔记",
                            true),
                    org.assertj.core.groups.Tuple.tuple("notes/entries/picture.png", PublishItem.Role.IMAGE,
                            "picture.png", true),
                    org.assertj.core.groups.Tuple.tuple("notes/ideas/later.txt", PublishItem.Role.DRAFT, "Later", true),
                    org.assertj.core.groups.Tuple.tuple("notes/layout.tmpl", PublishItem.Role.OTHER, "layout.tmpl",
                            false));
            assertThat(plan.changedPostPaths()).containsExactly("entries/first.txt", "entries/gone.txt",
                    "ideas/later.txt");

            List<PublishItem> chosen = plan.chosenByDefault();
            String english = new CommitMessages(Locale.ENGLISH).suggest(chosen);
            assertThat(english).isEqualTo("Add post Later, update post First note, delete post 将被删除的笔记,"
                    + " 1 image and 1 other file");
            PublishOutcome outcome = publisher.publish(chosen, english, plan.identity(), false, GitProgress.none());
            assertThat(outcome.ok()).isTrue();
            assertThat(outcome.commit()).isPresent();
            assertThat(publisher.plan().items()).extracting(PublishItem::repoPath)
                    .containsExactly("README.md", "notes/layout.tmpl");
            assertThat(publisher.history("entries/first.txt")).hasSize(2);
            assertThat(new String(publisher.version(publisher.history("entries/first.txt").get(1).id(),
                    "entries/first.txt").orElseThrow(), StandardCharsets.UTF_8)).endsWith("Hello\n");
            // no remote: Commit and Push refuses before committing, with a sentence
            write(notes, "entries/first.txt", "third\n");
            PublishOutcome push = publisher.publish(publisher.plan().chosenByDefault(), "x", plan.identity(), true,
                    GitProgress.none());
            assertThat(push.commit()).isEmpty();
            assertThat(push.problem()).get().asString().contains("no remote to publish to");
        }
    }

    @Test
    void messagesInEnglishAndChinese() {
        PublishItem post = new PublishItem("_posts/a.md", "_posts/a.md", FileChange.Kind.ADDED, PublishItem.Role.POST,
                "止付，2.9亿！", false);
        List<PublishItem> nine = new java.util.ArrayList<>(List.of(post));
        for (int i = 0; i < 9; i++) {
            nine.add(new PublishItem("img/" + i + ".png", "img/" + i + ".png", FileChange.Kind.ADDED,
                    PublishItem.Role.IMAGE, i + ".png", false));
        }
        assertThat(new CommitMessages(Locale.ENGLISH).suggest(nine)).isEqualTo("Add post 止付，2.9亿！ and 9 images");
        assertThat(new CommitMessages(Locale.SIMPLIFIED_CHINESE).suggest(nine)).isEqualTo("新增文章 止付，2.9亿！ 和 9 张图片");
        List<PublishItem> images = nine.subList(1, 3);
        assertThat(new CommitMessages(Locale.ENGLISH).suggest(images)).isEqualTo("Add 2 images");
        PublishItem changed = new PublishItem("_posts/b.md", "_posts/b.md", FileChange.Kind.MODIFIED,
                PublishItem.Role.POST, "B", false);
        PublishItem changed2 = new PublishItem("_posts/c.md", "_posts/c.md", FileChange.Kind.MODIFIED,
                PublishItem.Role.DRAFT, "C", false);
        assertThat(new CommitMessages(Locale.ENGLISH).suggest(List.of(changed, changed2))).isEqualTo("Update 2 posts");
        assertThat(new CommitMessages(Locale.SIMPLIFIED_CHINESE).suggest(List.of(changed, changed2)))
                .isEqualTo("更新 2 篇文章");
        assertThat(new CommitMessages(Locale.ENGLISH).suggest(List.of())).isEmpty();
        // a title with MessageFormat's own characters stays as written
        PublishItem braces = new PublishItem("_posts/d.md", "_posts/d.md", FileChange.Kind.ADDED,
                PublishItem.Role.POST, "It's {0} o'clock", false);
        assertThat(new CommitMessages(Locale.ENGLISH).suggest(List.of(braces))).isEqualTo("Add post It's {0} o'clock");
    }

    @Test
    void bothMessageBundlesHaveTheSameKeys() throws Exception {
        var en = new java.util.Properties();
        var zh = new java.util.Properties();
        try (var a = Files.newBufferedReader(Path.of("src/main/resources/org/postdesk/app/publish.properties"));
             var b = Files.newBufferedReader(Path.of("src/main/resources/org/postdesk/app/publish_zh_CN.properties"))) {
            en.load(a);
            zh.load(b);
        }
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(Optional.of(en.size())).contains(15);
    }
}
