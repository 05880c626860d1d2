package org.postdesk.core.io;

import java.nio.file.Path;

/**
 * The process {@link JournalKillTest} kills: types into a post through a real {@link JournalWriter}
 * (background thread, default delays), says "typed" and waits to be killed.
 * Arguments: journal folder, blog folder, post path, text.
 */
public final class JournalChild {
    private JournalChild() {
    }

    public static void main(String[] args) throws Exception {
        JournalWriter writer = JournalWriter.start(new Journal(Path.of(args[0])), problem -> { });
        String text = args[3];
        for (int i = 1; i <= text.length(); i++) {
            writer.textChanged(Path.of(args[1]), args[2], text.substring(0, i), null);
        }
        System.out.println("typed");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
