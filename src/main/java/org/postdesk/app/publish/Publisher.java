package org.postdesk.app.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postdesk.core.blog.BlogSettingsFile;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.git.BlogRepository;
import org.postdesk.core.git.FileChange;
import org.postdesk.core.git.GitException;
import org.postdesk.core.git.GitProgress;
import org.postdesk.core.git.Identity;
import org.postdesk.core.git.PullOutcome;
import org.postdesk.core.git.PushOutcome;
import org.postdesk.core.git.RemoteSync;
import org.postdesk.core.git.RepoStatus;
import org.postdesk.core.git.Revision;
import org.postdesk.core.git.StoredCredentials;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.ContentFolders;
import org.postdesk.core.site.Site;

/**
 * Publish with git, as the window and the command line share it (decision record 0042): what
 * changed in the blog's words (post titles, images), a commit of what the author chose, and a
 * safe push: fetch first, refuse before committing when a pull would conflict, pull (fast-forward
 * or rebase) when it would not, never force. Works for every generator through {@link Site}.
 * Off the FX thread; one task at a time; close after.
 */
public final class Publisher implements AutoCloseable {
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif",
            "bmp", "ico", "tif", "tiff", "heic");

    private final BlogRepository repo;
    private final ContentFolders folders;
    private final org.postdesk.core.site.PostNames naming;
    private final Map<String, String> titles = new java.util.HashMap<>();
    private final StoredCredentials credentials;

    private Publisher(BlogRepository repo, Site site, List<PostSummary> posts, StoredCredentials credentials) {
        this.repo = repo;
        this.folders = site.folders();
        this.naming = site.naming();
        this.credentials = credentials;
        posts.forEach(p -> titles.put(p.path(), p.title()));
    }

    /** The publisher of the blog {@code site}, or empty when the blog is not in a git working tree. */
    public static Optional<Publisher> open(Site site, List<PostSummary> posts, StoredCredentials credentials)
            throws GitException {
        Optional<BlogRepository> repo = BlogRepository.find(site.folder().root());
        return repo.map(r -> new Publisher(r, site, posts, credentials));
    }

    /** The credentials git itself would use for this user, with {@code session}'s typed tokens first. */
    public static StoredCredentials credentials(Path home, Map<String, String> env, SessionTokens session) {
        return new StoredCredentials(StoredCredentials.storeFiles(home, env), session);
    }

    public BlogRepository repository() {
        return repo;
    }

    /** The state of the repository and every change, with titles; offline (counts as of the last fetch). */
    public PublishPlan plan() throws GitException {
        return plan(repo.status());
    }

    private PublishPlan plan(RepoStatus status) throws GitException {
        List<PublishItem> items = new ArrayList<>();
        for (FileChange change : status.changes()) {
            items.add(item(change));
        }
        return new PublishPlan(status, items, repo.identity());
    }

    /** Fetches the remote; the plan with the new ahead/behind counts. */
    public PublishPlan fetch(GitProgress progress) throws GitException {
        return plan(new RemoteSync(repo, credentials).fetch(progress));
    }

    /** After {@link #fetch}: the titles of the chosen posts (and our unpushed ones) a pull would conflict on. */
    public List<String> conflicts(List<PublishItem> chosen) throws GitException {
        return named(new RemoteSync(repo, credentials).conflictsWith(chosen.stream().map(PublishItem::repoPath).toList()));
    }

    /**
     * Commits {@code chosen} with {@code message} as {@code author}; with {@code push}, fetches first,
     * refuses (committing nothing) when a pull would conflict, pulls when the remote is ahead, then
     * pushes. A failure after the commit keeps the commit, ready to push later.
     */
    public PublishOutcome publish(List<PublishItem> chosen, String message, Identity author, boolean push,
                                  GitProgress progress) {
        Optional<String> commit = Optional.empty();
        int pulled = 0;
        try {
            RemoteSync sync = new RemoteSync(repo, credentials);
            if (push) {
                RepoStatus fetched = sync.fetch(progress);
                int behind = fetched.tracking().map(RepoStatus.Tracking::behind).orElse(0);
                List<String> conflicts = conflicts(chosen);
                if (!conflicts.isEmpty()) {
                    return new PublishOutcome(commit, false, 0, conflicts, Optional.of(conflictSentence(conflicts,
                            fetched, "nothing was committed")), false);
                }
                pulled = behind;
            }
            if (!chosen.isEmpty()) {
                commit = Optional.of(repo.commit(chosen.stream().map(PublishItem::repoPath).toList(), message, author));
            }
            if (!push) {
                return new PublishOutcome(commit, false, 0, List.of(), Optional.empty(), false);
            }
            PullOutcome pull = pulled == 0 ? new PullOutcome(PullOutcome.Kind.UP_TO_DATE, List.of())
                    : sync.integrate();
            if (pull.stopped()) {
                List<String> names = named(pull.conflicts());
                return new PublishOutcome(commit, false, 0, names, Optional.of(conflictSentence(names, repo.status(),
                        "your commit stays here, nothing was pulled or pushed")), false);
            }
            PushOutcome pushed = sync.push(progress);
            if (pushed.kind() == PushOutcome.Kind.REMOTE_AHEAD || pushed.kind() == PushOutcome.Kind.REFUSED) {
                return new PublishOutcome(commit, false, pulled, List.of(), Optional.of(pushed.sentence()), false);
            }
            return new PublishOutcome(commit, true, pulled, List.of(), Optional.empty(), false);
        } catch (GitException e) {
            return new PublishOutcome(commit, false, pulled, List.of(), Optional.of(e.getMessage()),
                    e.kind() == GitException.Kind.AUTHENTICATION);
        }
    }

    private String conflictSentence(List<String> names, RepoStatus status, String kept) {
        String remote = status.tracking().map(RepoStatus.Tracking::remote).orElse("origin");
        return "The remote '" + remote + "' has new commits that change the same lines as yours in "
                + String.join(", ", names) + "; " + kept + ". Merge them in a terminal (git pull), then publish again.";
    }

    /** The commits that changed the post at {@code blogPath}, newest first. */
    public List<Revision> history(String blogPath) throws GitException {
        return repo.history(repo.repoPath(blogPath), 500);
    }

    /** The post at {@code blogPath} as commit {@code id} had it; empty when it did not exist there. */
    public Optional<byte[]> version(String id, String blogPath) throws GitException {
        return repo.contentAt(id, repo.repoPath(blogPath));
    }

    private PublishItem item(FileChange change) throws GitException {
        String blogPath = repo.blogPath(change.path());
        if (blogPath == null) {
            return new PublishItem(change.path(), null, change.kind(), PublishItem.Role.OTHER, fileName(change.path()),
                    change.lfs());
        }
        PublishItem.Role role = role(blogPath);
        String title = fileName(blogPath);
        if (role == PublishItem.Role.POST || role == PublishItem.Role.DRAFT) {
            title = titles.containsKey(blogPath) ? titles.get(blogPath) : committedTitle(change.path()).orElse(title);
        }
        return new PublishItem(change.path(), blogPath, change.kind(), role, title, change.lfs());
    }

    private PublishItem.Role role(String blogPath) {
        if (titles.containsKey(blogPath)) {
            return folders.drafts().stream().anyMatch(f -> under(blogPath, f)) ? PublishItem.Role.DRAFT
                    : PublishItem.Role.POST;
        }
        String name = fileName(blogPath).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1))) {
            return PublishItem.Role.IMAGE;
        }
        boolean markdown = naming.isCandidate(fileName(blogPath)); // the generator's post extensions (0029)
        if (folders.drafts().stream().anyMatch(f -> under(blogPath, f))) {
            return markdown ? PublishItem.Role.DRAFT : PublishItem.Role.CONTENT;
        }
        if (folders.posts().stream().anyMatch(f -> under(blogPath, f))) {
            return markdown ? PublishItem.Role.POST : PublishItem.Role.CONTENT;
        }
        return blogPath.equals(BlogSettingsFile.FILE_NAME) ? PublishItem.Role.CONTENT : PublishItem.Role.OTHER;
    }

    private static boolean under(String path, String folder) {
        return folder.isEmpty() || path.startsWith(folder.endsWith("/") ? folder : folder + "/");
    }

    /** The title a deleted post had in the last commit. */
    private Optional<String> committedTitle(String repoPath) throws GitException {
        Optional<byte[]> bytes = repo.contentAt("HEAD", repoPath);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            PostDocument doc = PostDocument.parse(bytes.get());
            return doc.hasFrontMatter() ? FrontMatterDocument.parse(doc.frontMatter()).string("title")
                    .filter(t -> !t.isBlank()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty(); // front matter we cannot read: the file name stands for it
        }
    }

    /** Titles for conflicting paths, else the paths. */
    private List<String> named(List<String> repoPaths) {
        return repoPaths.stream().map(p -> {
            String blogPath = repo.blogPath(p);
            String title = blogPath == null ? null : titles.get(blogPath);
            return title == null ? p : title + " (" + blogPath + ")";
        }).toList();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        repo.close();
    }
}
