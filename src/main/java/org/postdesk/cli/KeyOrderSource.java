package org.postdesk.cli;

import java.nio.file.Path;
import java.util.List;

/** Where a new front-matter key goes: the usual key order of the post's blog. */
interface KeyOrderSource {
    KeyOrderSource NONE = post -> List.of();

    List<String> preferredKeyOrder(Path post);
}
