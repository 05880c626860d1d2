package org.postdesk.core.site;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.postdesk.core.blog.NewPosts;
import org.postdesk.core.io.PostIoException;

/** How a site names a new post or draft and what the file starts with. Never replaces a file. */
public interface PostCreator {

    /**
     * Writes the new file and returns it.
     *
     * @param now the current time: its time of day and offset go into a date with a time
     * @throws PostIoException with a sentence when the file exists or cannot be written
     */
    Path create(NewPosts.Request request, ZonedDateTime now) throws PostIoException;
}
