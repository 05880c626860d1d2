package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * What the sanitizer let through of the raw HTML a renderer met lately, kept as the sanitizer's
 * output events (allowed tags with their decoded attributes, text), keyed by the exact input.
 * While an author types in the Markdown of a post, its raw HTML does not change, so every render
 * after the first replays the events instead of lexing, balancing and filtering the same HTML
 * again (docs/decisions/0024, "Speed after the change").
 *
 * <p>Only the sanitizer's work is kept: the replayed events still go through
 * {@link RawHtmlWriter}, which resolves and checks every URL against the blog folder as it is
 * now, so a file that appeared, went missing or became a link outside the blog is judged afresh
 * at each render. The events are a pure function of the input and the fixed policy. Bounded (by
 * entries and by characters, least recently used first out) and thread-safe: one per
 * {@link PreviewRenderer}, shared by the threads that use it.
 */
final class RawHtmlMemo {

    private static final int MAX_ENTRIES = 512;
    private static final long MAX_CHARS = 4_000_000;

    /** One output event of the sanitizer. */
    sealed interface Event permits Open, Close, Text {
    }

    record Open(String element, List<String> attrs) implements Event {
    }

    record Close(String element) implements Event {
    }

    record Text(String text) implements Event {
    }

    private final LinkedHashMap<String, List<Event>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final int maxEntries;
    private long chars;

    RawHtmlMemo() {
        this(MAX_ENTRIES);
    }

    /** @param maxEntries 0 keeps nothing (every render sanitizes again) */
    RawHtmlMemo(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The sanitizer's events for {@code html}: remembered, or made now by {@code sanitize}. */
    List<Event> events(String html, Function<HtmlStreamEventReceiver, ?> sanitize) {
        List<Event> known = get(html);
        if (known != null) {
            return known;
        }
        Recorder recorder = new Recorder(null);
        sanitize.apply(recorder);
        List<Event> events = List.copyOf(recorder.events);
        put(html, events);
        return events;
    }

    /**
     * Sends the sanitizer's events for {@code html} to {@code writer}: replayed when remembered;
     * otherwise {@code sanitize} makes them now, and each goes on to the writer as it comes (one
     * pass, no second walk), copied first since the writer changes attribute lists.
     */
    void sanitize(String html, Function<HtmlStreamEventReceiver, ?> sanitize, HtmlStreamEventReceiver writer) {
        List<Event> known = get(html);
        if (known != null) {
            replay(known, writer);
            return;
        }
        Recorder recorder = new Recorder(writer);
        sanitize.apply(recorder);
        put(html, List.copyOf(recorder.events));
    }

    /** Sends the events to {@code writer} as the sanitizer would (attribute lists are fresh copies it may change). */
    static void replay(List<Event> events, HtmlStreamEventReceiver writer) {
        for (Event event : events) {
            if (event instanceof Text t) {
                writer.text(t.text());
            } else if (event instanceof Open o) {
                writer.openTag(o.element(), new ArrayList<>(o.attrs()));
            } else if (event instanceof Close c) {
                writer.closeTag(c.element());
            }
        }
    }

    private synchronized List<Event> get(String html) {
        return entries.get(html);
    }

    private synchronized void put(String html, List<Event> events) {
        if (maxEntries == 0 || html.length() > MAX_CHARS / 4) {
            return;
        }
        if (entries.put(html, events) == null) {
            chars += html.length();
        }
        var eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || chars > MAX_CHARS) && eldest.hasNext()) {
            Map.Entry<String, List<Event>> out = eldest.next();
            chars -= out.getKey().length();
            eldest.remove();
        }
    }

    /** Keeps what the sanitizer emits, and passes it on to {@code forward} when there is one. */
    private static final class Recorder implements HtmlStreamEventReceiver {
        private final List<Event> events = new ArrayList<>();
        private final HtmlStreamEventReceiver forward;

        Recorder(HtmlStreamEventReceiver forward) {
            this.forward = forward;
        }

        @Override
        public void openDocument() {
            // the writer needs no document events
        }

        @Override
        public void closeDocument() {
            // the writer needs no document events
        }

        @Override
        public void openTag(String element, List<String> attrs) {
            events.add(new Open(element, List.copyOf(attrs)));
            if (forward != null) {
                forward.openTag(element, attrs);
            }
        }

        @Override
        public void closeTag(String element) {
            events.add(new Close(element));
            if (forward != null) {
                forward.closeTag(element);
            }
        }

        @Override
        public void text(String text) {
            events.add(new Text(text));
            if (forward != null) {
                forward.text(text);
            }
        }
    }
}
