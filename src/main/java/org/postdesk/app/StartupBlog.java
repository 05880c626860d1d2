package org.postdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.io.FileNameText;
import org.postdesk.core.io.FolderFiles;
import org.postdesk.core.site.Generators;

/**
 * Which blog the window opens on: the folder or post named on the command line, else the blog
 * opened last, else a writable copy of the sample blog (in the Documents folder when there is
 * one, else in the user's data folder), with a sentence saying so. Runs off the FX thread.
 */
public final class StartupBlog {

    /**
     * Where to start.
     *
     * @param blog   the blog folder to open
     * @param post   the post to select (relative path), or null
     * @param notice a sentence for the notification bar, or null
     */
    public record Start(Path blog, String post, String notice) {
    }

    private final Texts texts;
    private final RecentBlogs recent;
    private final Path documents;
    private final Path dataFolder;
    private final Generators generators;

    public StartupBlog(Settings settings, Texts texts, Path documents, Path dataFolder) {
        this(settings, texts, documents, dataFolder, Generators.standard());
    }

    /** With these generators deciding which folder above a post file is its blog (docs/decisions/0029). */
    public StartupBlog(Settings settings, Texts texts, Path documents, Path dataFolder, Generators generators) {
        this.generators = generators;
        this.texts = texts;
        this.recent = new RecentBlogs(settings);
        this.documents = documents;
        this.dataFolder = dataFolder;
    }

    /** @throws IOException when the sample blog had to be copied and could not be */
    public Start choose(List<String> args) throws IOException {
        String notice = null;
        for (String arg : args) {
            if (FileNameText.damaged(arg)) {
                notice = texts.text("notice.argUnreadable", arg, FileNameText.encoding());
                continue;
            }
            Path given = Path.of(arg).toAbsolutePath().normalize();
            if (FolderFiles.isDirectory(given)) {
                return new Start(given, null, null);
            }
            if (FolderFiles.isRegularFile(given)) {
                Optional<Path> blog = generators.enclosing(given);
                if (blog.isPresent()) {
                    String post = blog.get().relativize(given).toString().replace('\\', '/');
                    return new Start(blog.get(), post, null);
                }
            }
            notice = texts.text("notice.argNotBlog", arg);
        }
        Optional<Path> last = recent.last().filter(FolderFiles::isDirectory);
        if (last.isPresent()) {
            return new Start(last.get(), null, notice);
        }
        Path copy = SampleBlog.copyTo(sampleFolder());
        String sentence = texts.text("notice.sample", copy);
        return new Start(copy, null, notice == null ? sentence : notice + " " + sentence);
    }

    /** Where the sample Hugo site's copy goes: beside the sample blog's. */
    public Path hugoSampleFolder() {
        return sampleFolder().resolveSibling(SampleBlog.HUGO_FOLDER_NAME);
    }

    /** Where the sample copy goes. */
    public Path sampleFolder() {
        if (documents != null && FolderFiles.isDirectory(documents)) {
            return documents.resolve(SampleBlog.FOLDER_NAME);
        }
        return dataFolder.resolve(SampleBlog.FOLDER_NAME);
    }

    /** Where the sample Hexo site's copy goes: beside the sample blog's. */
    public Path sampleHexoFolder() {
        return sampleFolder().resolveSibling(SampleBlog.HEXO_FOLDER_NAME);
    }

    /** Copies the sample Hexo site out (unless a copy is there) and returns its folder (docs/decisions/0038). */
    public Path copySampleHexo() throws IOException {
        return SampleBlog.copyHexoTo(sampleHexoFolder());
    }

    /** The user's Documents folder (it may not exist). */
    public static Path defaultDocuments() {
        return Path.of(System.getProperty("user.home"), "Documents");
    }

    /** The user's data folder for Postdesk. */
    public static Path defaultDataFolder(Map<String, String> env, String osName) {
        Path home = Path.of(System.getProperty("user.home"));
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "Postdesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Postdesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "postdesk") : home.resolve(".local/share/postdesk");
    }
}
