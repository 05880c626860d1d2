package org.postdesk.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code render POST}: the preview's HTML fragment on stdout. */
final class RenderCommand implements Command {
    @Override
    public String name() {
        return "render";
    }

    @Override
    public String help() {
        return """
                render POST                    print the preview's HTML fragment for a post
                  Liquid with the blog's _config.yml, then Markdown (GFM tables, strikethrough,
                  autolinks, task lists, footnotes); site URLs become file: URLs in the blog.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        throw new UsageException("not wired yet");
    }
}
