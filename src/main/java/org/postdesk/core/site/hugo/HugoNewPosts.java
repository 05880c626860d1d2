package org.postdesk.core.site.hugo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.site.PostCreator;

/**
 * Creates a Hugo page as {@code hugo new} does (docs/decisions/0040): {@code draft = true}, the
 * title the author typed, the date of now. Never replaces a file.
 */
final class HugoNewPosts implements PostCreator {
    private final HugoSite site;
    private final BlogConventions conventions;

    HugoNewPosts(HugoSite site, BlogConventions conventions) {
        this.site = site;
        this.conventions = conventions;
    }

    @Override
    public String path(Request request) {
        return site.naming().newPostPath(request.date(), request.effectiveSlug(), "md", request.draft());
    }

    @Override
    public Path create(Request request, ZonedDateTime now) throws PostIoException {
        String path = path(request);
        Path file = site.folder().resolve(path);
        try {
            site.folder().writes().create(file, text(request, now).getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new PostIoException(path + " already exists, so Postdesk did not create it;"
                    + " the existing file is unchanged. Choose another title or slug.", e);
        } catch (IOException e) {
            throw new PostIoException("Could not create " + path + ": " + PostFiles.reason(e)
                    + ". Nothing was written.", e);
        }
    }

    String text(Request request, ZonedDateTime now) {
        ZonedDateTime date = request.date().atTime(now.toLocalTime().withNano(0)).atZone(now.getZone());
        return "+++\ntitle = " + HugoArchetype.tomlString(request.title()) + "\ndate = "
                + date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\ndraft = true\n+++\n\n";
    }
}
