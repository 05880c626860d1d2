package org.postdesk.ui.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Dialog;
import org.postdesk.app.NotABlog;
import org.postdesk.ui.common.DialogService;
import org.postdesk.ui.postlist.NewPost;
import org.postdesk.ui.postlist.NewPostDialog;

/** A {@link DialogService} that answers from a script and records what it was asked. */
public final class ScriptedDialogs implements DialogService {

    public final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    public final Deque<NotABlogChoice> notBlogAnswers = new ArrayDeque<>();
    /** What each "not a blog" question said about the folder. */
    public final List<NotABlog> notBlogReasons = new ArrayList<>();
    public final Deque<Optional<Path>> folderAnswers = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public Function<NewPostDialog, Optional<NewPost>> newPost = dialog -> Optional.empty();

    @Override
    public synchronized SaveChoice askSaveChanges(String postTitle) {
        asked.add("save? " + postTitle);
        SaveChoice answer = saveAnswers.poll();
        if (answer == null) {
            throw new AssertionError("unexpected question: save changes to " + postTitle);
        }
        return answer;
    }

    @Override
    public synchronized NotABlogChoice askNotABlog(Path folder, NotABlog why) {
        asked.add("not a blog: " + folder.getFileName());
        notBlogReasons.add(why);
        NotABlogChoice answer = notBlogAnswers.poll();
        return answer == null ? NotABlogChoice.CANCEL : answer;
    }

    @Override
    public synchronized Optional<Path> chooseBlogFolder(Path start) {
        asked.add("choose folder");
        Optional<Path> answer = folderAnswers.poll();
        return answer == null ? Optional.empty() : answer;
    }

    /** The only feature dialog the window shows through the service is New Post. */
    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> Optional<T> ask(Dialog<T> dialog) {
        asked.add("new post");
        return (Optional<T>) newPost.apply((NewPostDialog) dialog);
    }

    public synchronized List<String> asked() {
        return List.copyOf(asked);
    }
}
