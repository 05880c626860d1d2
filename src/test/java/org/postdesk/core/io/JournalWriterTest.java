package org.postdesk.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalWriterTest {
    private static final String POST = "_posts/2024-01-02-a.md";

    @TempDir
    Path dir;

    private final ManualScheduler clock = new ManualScheduler();
    private final List<String> problems = new ArrayList<>();

    private JournalWriter writer(Journal journal) {
        return new JournalWriter(journal, clock, JournalWriter.DEFAULT_QUIET_MILLIS,
                JournalWriter.DEFAULT_MAX_WAIT_MILLIS, problems::add);
    }

    private String journaled(Journal journal) throws IOException {
        return journal.find(dir.resolve("blog"), POST).map(JournalEntry::text).orElse(null);
    }

    @Test
    void keystrokesAreCoalescedAndWrittenWithinTwoSecondsOfTheLast() throws IOException {
        Journal journal = new Journal(dir.resolve("j"));
        JournalWriter w = writer(journal);
        w.textChanged(dir.resolve("blog"), POST, "a", null);
        clock.advance(300);
        w.textChanged(dir.resolve("blog"), POST, "ab", null);
        clock.advance(300);
        w.textChanged(dir.resolve("blog"), POST, "abc", null);
        clock.advance(500);
        assertThat(journaled(journal)).as("still typing").isNull();
        clock.advance(1500);
        assertThat(journaled(journal)).isEqualTo("abc");
        assertThat(w.waitingCount()).isZero();
    }

    @Test
    void steadyTypingIsJournaledToo() throws IOException {
        Journal journal = new Journal(dir.resolve("j"));
        JournalWriter w = writer(journal);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append('x');
            w.textChanged(dir.resolve("blog"), POST, text.toString(), null);
            clock.advance(200);
        }
        assertThat(journaled(journal)).as("written while the author never paused").isNotNull().hasSizeLessThan(60);
    }

    @Test
    void aSaveForgetsTheWaitingTextAndTheEntry() throws IOException {
        Journal journal = new Journal(dir.resolve("j"));
        JournalWriter w = writer(journal);
        w.textChanged(dir.resolve("blog"), POST, "first", null);
        clock.advance(2000);
        w.textChanged(dir.resolve("blog"), POST, "second", null);
        w.saved(dir.resolve("blog"), POST);
        clock.advance(5000);
        assertThat(journaled(journal)).isNull();
    }

    @Test
    void flushWritesNow() throws IOException {
        Journal journal = new Journal(dir.resolve("j"));
        JournalWriter w = writer(journal);
        w.textChanged(dir.resolve("blog"), POST, "closing the window", null);
        w.flush();
        assertThat(journaled(journal)).isEqualTo("closing the window");
    }

    @Test
    void aJournalThatCannotBeWrittenSaysSoAndTriesAgain() throws IOException {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file where the journal folder should be");
        JournalWriter w = writer(new Journal(blocked.resolve("journal")));
        w.textChanged(dir.resolve("blog"), POST, "text", null);
        clock.advance(2000);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("could not write its recovery copy").contains("still in the editor");
        assertThat(w.waitingCount()).as("kept for the next attempt").isEqualTo(1);
    }

    @Test
    void aLongerDelayChosenWhileTextWaitsAppliesAtOnce() throws IOException {
        Journal journal = new Journal(dir.resolve("j"));
        JournalWriter w = writer(journal);
        w.textChanged(dir.resolve("blog"), POST, "typed", null);
        clock.advance(200);
        w.setQuietDelay(Duration.ofSeconds(8));
        assertThat(w.quietDelay()).isEqualTo(Duration.ofSeconds(8));
        clock.advance(5000);
        assertThat(journaled(journal)).as("not yet: 8 s after the last keystroke").isNull();
        clock.advance(2900);
        assertThat(journaled(journal)).isEqualTo("typed");
    }

    @Test
    void aShorterDelayWritesSooner() throws IOException {
        Journal journal = new Journal(dir.resolve("j"));
        JournalWriter w = new JournalWriter(journal, clock, 3000, JournalWriter.DEFAULT_MAX_WAIT_MILLIS,
                problems::add);
        w.setQuietDelay(Duration.ofSeconds(1));
        w.textChanged(dir.resolve("blog"), POST, "quick", null);
        clock.advance(999);
        assertThat(journaled(journal)).isNull();
        clock.advance(1);
        assertThat(journaled(journal)).isEqualTo("quick");
    }

    @Test
    void startTakesTheDelay() throws IOException {
        try (JournalWriter w = JournalWriter.start(new Journal(dir.resolve("j")), problems::add,
                Duration.ofSeconds(2))) {
            assertThat(w.quietDelay()).isEqualTo(Duration.ofSeconds(2));
        }
    }
}
