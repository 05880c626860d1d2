package org.postdesk.core.blog;

import java.nio.file.Path;
import java.util.List;

/**
 * What a publish, unpublish, rename or delete did.
 *
 * @param from          the file before
 * @param to            the file after (null after a delete)
 * @param changedFiles  other files rewritten because they referenced the post
 * @param references    how many references were rewritten in all
 * @param problems      sentences about what could not be done (a file that referenced the post
 *                      but could not be rewritten, say); empty when all went well
 * @param sentence      one sentence for the status bar
 */
public record MoveReport(Path from, Path to, List<Path> changedFiles, int references, List<String> problems,
        String sentence) {
    public MoveReport {
        changedFiles = List.copyOf(changedFiles);
        problems = List.copyOf(problems);
    }
}
