package org.postdesk.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code check BLOG_DIR}: one problem a line. */
final class CheckCommand implements Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String help() {
        return """
                check BLOG_DIR                 list the problems of a blog, one a line
                  PATH:LINE: error|warning: MESSAGE, PATH relative to the blog. Finds front matter
                  that does not parse, post names Jekyll ignores, and local image links that point
                  to no file or to a file whose name differs only in letter case.
                  Exit 0 when there are no errors, 1 when there are.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        throw new UsageException("not wired yet");
    }
}
