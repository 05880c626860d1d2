package org.postdesk.ui.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.postdesk.ui.images.ImageDialogs;
import org.postdesk.ui.images.ImageImports;

/** {@link ImageDialogs} answered from a script, recording what was asked. */
public final class ScriptedImageDialogs implements ImageDialogs {

    public final Deque<List<Path>> chosen = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();

    @Override
    public synchronized List<Path> chooseImages(Path start) {
        asked.add("choose images");
        List<Path> answer = chosen.poll();
        return answer == null ? List.of() : answer;
    }

    @Override
    public synchronized boolean confirmLarge(String question) {
        asked.add("large? " + question);
        return false;
    }

    /** Answers to the offer to make a post a bundle, in order; no when empty. */
    public final Deque<Boolean> bundleAnswers = new ArrayDeque<>();

    @Override
    public synchronized boolean confirmBundle(String question) {
        asked.add("bundle? " + question);
        Boolean answer = bundleAnswers.poll();
        return answer != null && answer;
    }

    @Override
    public synchronized void editSettings(ImageImports imports) {
        asked.add("image settings");
    }

    public synchronized List<String> asked() {
        return List.copyOf(asked);
    }
}
