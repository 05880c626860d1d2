package org.postdesk.core.render;

import java.time.Duration;
import java.util.List;

/**
 * The preview of one post.
 *
 * @param html    an HTML fragment: the title as {@code <h1 class="pd-title">} when the front
 *                matter has one, then the body; block elements carry {@code data-line}
 * @param notes   sentences about what the preview could not do (unclosed Liquid tags...)
 * @param elapsed how long the render took
 */
public record RenderResult(String html, List<String> notes, Duration elapsed) {

    public RenderResult {
        notes = List.copyOf(notes);
    }
}
