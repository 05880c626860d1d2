package org.postdesk.app.publish;

import java.util.List;
import org.postdesk.core.git.Identity;
import org.postdesk.core.git.RepoStatus;

/** What is about to go: the repository's state, each changed file, and who git says the author is. */
public record PublishPlan(RepoStatus status, List<PublishItem> items, Identity identity) {

    public PublishPlan {
        items = List.copyOf(items);
    }

    public List<PublishItem> chosenByDefault() {
        return items.stream().filter(PublishItem::chosenByDefault).toList();
    }

    /** The posts and drafts that differ from the last commit, by blog path (for the list's marks). */
    public List<String> changedPostPaths() {
        return items.stream().filter(PublishItem::isPost).map(PublishItem::blogPath).toList();
    }
}
