package org.postdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The scheduler with a hand-driven executor: the test decides when each render runs. */
class RenderSchedulerTest {

    private final AtomicReference<String> text = new AtomicReference<>("");
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final List<String> rendered = new CopyOnWriteArrayList<>();
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private Function<String, String> renderer = input -> {
        rendered.add(input);
        return input.toUpperCase();
    };
    private RenderScheduler<String> scheduler;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void createScheduler() {
        scheduler = fx(() -> new RenderScheduler<String>(() -> {
                    String now = text.get();
                    return () -> now;
                }, input -> renderer.apply(input), shown::add,
                tasks::add, Duration.ofMillis(50), Duration.ofSeconds(5)));
    }

    @Test
    void onlyTheNewestTextIsRenderedWhenRequestsPileUp() {
        for (String version : List.of("a", "b", "c")) {
            fxRun(() -> {
                text.set(version);
                scheduler.renderNow();
            });
        }
        runQueuedTasks();
        assertThat(rendered).containsExactly("c");
        assertThat(shown).containsExactly("C");
    }

    @Test
    void aResultThatWasOvertakenWhileRenderingIsDropped() {
        renderer = input -> {
            rendered.add(input);
            if (input.equals("old")) {
                fxRun(() -> {
                    text.set("new");
                    scheduler.renderNow();
                });
            }
            return input.toUpperCase();
        };
        fxRun(() -> {
            text.set("old");
            scheduler.renderNow();
        });
        runQueuedTasks();
        assertThat(rendered).containsExactly("old", "new");
        assertThat(shown).containsExactly("NEW");
    }

    @Test
    void theFirstEditRendersAtOnceAndEditsWhileItRendersRenderOnceAfterThePause() {
        // a pause long enough that a slow machine cannot pass it between two steps of this test
        scheduler = fx(() -> new RenderScheduler<String>(() -> {
                    String now = text.get();
                    return () -> now;
                }, input -> renderer.apply(input), shown::add,
                tasks::add, Duration.ofMillis(1500), Duration.ofSeconds(5)));
        fxRun(() -> {
            text.set("x");
            scheduler.requestRender();
        });
        assertThat(tasks).as("the first edit after a pause renders at once").hasSize(1);
        fxRun(() -> {
            text.set("xy");
            scheduler.requestRender();
            text.set("xyz");
            scheduler.requestRender();
        });
        assertThat(tasks).as("no second render while the first runs").hasSize(1);
        runQueuedTasks();
        assertThat(shown).containsExactly("X");
        assertThat(tasks).as("the edits made meanwhile wait for the pause").isEmpty();
        waitUntil("the pause ended", () -> !tasks.isEmpty());
        runQueuedTasks();
        assertThat(rendered).containsExactly("x", "xyz");
        assertThat(shown).containsExactly("X", "XYZ");
    }

    @Test
    void whileInactiveNothingRendersAndActivatingCatchesUp() {
        fxRun(() -> {
            scheduler.setActive(false);
            text.set("hidden edit");
            scheduler.requestRender();
        });
        assertThat(tasks).isEmpty();
        fxRun(() -> scheduler.setActive(true));
        runQueuedTasks();
        assertThat(shown).containsExactly("HIDDEN EDIT");
    }

    @Test
    void aFailingRenderReachesTheErrorHandlerAndShowsNothing() {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        renderer = input -> {
            throw new IllegalStateException("broken Liquid tag");
        };
        fxRun(() -> {
            scheduler.setOnError(errors::add);
            scheduler.renderNow();
        });
        runQueuedTasks();
        assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("broken Liquid tag");
        assertThat(shown).isEmpty();
    }

    private void runQueuedTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
