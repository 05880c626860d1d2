package org.postdesk.core.images;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.images.ImportResult.Imported;

/**
 * Downloads the web images a post links to ({@code ![alt](https://...)}, {@code <img src="https://...">}
 * and {@code data:image/...;base64,} addresses) into the blog's image folder through the
 * {@link ImageImporter}, and rewrites those links to the blog's own URL style. An image that
 * cannot be fetched or is not an image keeps its original link and yields a sentence.
 * Thread-safe; run it off the UI thread.
 */
public final class RemoteImages {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern MARKDOWN_IMAGE =
            Pattern.compile("!\\[(?:[^\\]\\\\\\n]|\\\\.)*]\\(\\s*<?((?:https?://|data:image/)[^\\s)>]+)");
    private static final Pattern HTML_IMAGE =
            Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']((?:https?://|data:image/)[^\"'\\s]+)[\"']",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_NAME = Pattern.compile("(?i).+\\.(png|jpe?g|gif|webp|svg)");

    /** Told after each address, on the thread that runs the download. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void step(int done, int total);
    }

    /**
     * @param replacements original address -> the blog's link, for each imported image
     * @param problems     one sentence per image that kept its original link
     * @param total        how many distinct web image addresses the text had
     * @param cancelled    the author stopped the download; addresses not reached keep their links
     */
    public record Outcome(Map<String, String> replacements, List<String> problems, int total, boolean cancelled) {
        public Outcome {
            replacements = Map.copyOf(replacements);
            problems = List.copyOf(problems);
        }

        /** {@code text} with the downloaded images' links rewritten (the text may have changed since). */
        public String applyTo(String text) {
            return rewrite(text, replacements);
        }
    }

    private final ImageImporter importer;
    private final LinkTemplate links;
    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    /**
     * @param links    the template the importer links with (to know the bare URL of a new file)
     * @param maxBytes larger downloads are stopped and refused
     */
    public RemoteImages(ImageImporter importer, LinkTemplate links, HttpClient client, Duration timeout, long maxBytes) {
        this.importer = Objects.requireNonNull(importer);
        this.links = Objects.requireNonNull(links);
        this.client = Objects.requireNonNull(client);
        this.timeout = Objects.requireNonNull(timeout);
        this.maxBytes = maxBytes;
    }

    /** A client that follows redirects (not from https to http) and gives up connecting after 15 s. */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(15)).build();
    }

    /** The distinct web and data image addresses of {@code text}, in order of appearance. */
    public static List<String> imageUrls(String text) {
        Set<String> urls = new LinkedHashSet<>();
        for (Pattern p : List.of(MARKDOWN_IMAGE, HTML_IMAGE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                urls.add(m.group(1));
            }
        }
        return List.copyOf(urls);
    }

    /** Downloads and imports every image address of {@code text}; never throws for network trouble. */
    public Outcome download(String text, String postSlug, Progress progress, BooleanSupplier cancelled) {
        List<String> urls = imageUrls(text);
        Map<String, String> replacements = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int done = 0;
        for (String url : urls) {
            if (cancelled.getAsBoolean()) {
                return new Outcome(replacements, problems, urls.size(), true);
            }
            try {
                ImportResult result = importer.importImage(ImportRequest.of(source(url), postSlug));
                if (result instanceof Imported imported) {
                    replacements.put(url, links.urlFor(imported.file().getFileName().toString()));
                } else if (result instanceof ImportResult.Refused r) {
                    problems.add("The image " + shortUrl(url) + " was not downloaded into the blog: " + r.message()
                            + " Its original link was kept.");
                } else if (result instanceof ImportResult.NeedsConfirmation n) {
                    problems.add("The image " + shortUrl(url) + " was not downloaded into the blog: " + n.message()
                            .replace(" Import it anyway?", "") + " Its original link was kept.");
                }
            } catch (DownloadException e) {
                problems.add("The image " + shortUrl(url) + " was not downloaded: " + e.getMessage()
                        + " Its original link was kept and nothing was written.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(replacements, problems, urls.size(), true);
            }
            progress.step(++done, urls.size());
        }
        return new Outcome(replacements, problems, urls.size(), false);
    }

    /** Replaces image addresses (only where they stand as an image's address) by their new links. */
    public static String rewrite(String text, Map<String, String> replacements) {
        if (replacements.isEmpty()) {
            return text;
        }
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : List.of(MARKDOWN_IMAGE, HTML_IMAGE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (replacements.containsKey(m.group(1))) {
                    spans.add(new int[] {m.start(1), m.end(1)});
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder sb = new StringBuilder(text.length());
        int done = 0;
        for (int[] s : spans) {
            if (s[0] < done) {
                continue;
            }
            sb.append(text, done, s[0]).append(replacements.get(text.substring(s[0], s[1])));
            done = s[1];
        }
        return sb.append(text, done, text.length()).toString();
    }

    private ImageSource source(String url) throws DownloadException, InterruptedException {
        if (url.startsWith("data:")) {
            int comma = url.indexOf(',');
            if (comma < 0 || !url.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                throw new DownloadException("only base64 data addresses can be saved.");
            }
            try {
                return ImageSource.pasted(Base64.getMimeDecoder().decode(url.substring(comma + 1)));
            } catch (IllegalArgumentException e) {
                throw new DownloadException("the data address is not valid base64.");
            }
        }
        byte[] bytes = fetch(url);
        String name = fileName(url);
        return name == null ? ImageSource.pasted(bytes) : ImageSource.bytes(bytes, name);
    }

    private byte[] fetch(String url) throws DownloadException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new DownloadException("the address is not valid.");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "Postdesk")
                .header("Accept", "image/*").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new DownloadException("the server did not answer within " + timeout.toSeconds() + " seconds.");
        } catch (IOException e) {
            throw new DownloadException("the connection failed (" + describe(e) + ").");
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status != 200) {
                throw new DownloadException("the server answered HTTP " + status + ".");
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new DownloadException("it is " + ImageImporter.megabytes(declared) + ", more than the "
                        + ImageImporter.megabytes(maxBytes) + " Postdesk downloads.");
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 64, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new DownloadException("it is more than the " + ImageImporter.megabytes(maxBytes)
                        + " Postdesk downloads.");
            }
            return bytes;
        } catch (IOException e) {
            throw new DownloadException("the download broke off (" + describe(e) + ").");
        }
    }

    /** The URL's last path segment when it is a plain image file name, else null (then the post's slug names it). */
    static String fileName(String url) {
        String path = URI.create(url).getRawPath();
        if (path == null) {
            return null;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        String decoded = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!IMAGE_NAME.matcher(decoded).matches() || FileNames.unsafe(decoded).isPresent()) {
            return null;
        }
        return decoded;
    }

    private static String shortUrl(String url) {
        return url.length() > 100 ? url.substring(0, 60) + "..." + url.substring(url.length() - 20) : url;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static final class DownloadException extends Exception {
        private static final long serialVersionUID = 1L;

        DownloadException(String message) {
            super(message);
        }
    }
}
