package org.postdesk.core.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postdesk.core.site.hexo.HexoGenerator;
import org.postdesk.core.site.jekyll.JekyllGenerator;

/**
 * The known generators and which one a folder belongs to: the strongest {@link Recognition}
 * wins, the first listed on a tie. The one class outside a generator's package that names the
 * generators (docs/decisions/0029). Immutable.
 */
public final class Generators {
    private static final Generators STANDARD = new Generators(List.of(new JekyllGenerator(),
            new HexoGenerator()));

    private final List<Generator> known;

    private Generators(List<Generator> known) {
        if (known.isEmpty()) {
            throw new IllegalArgumentException("at least one generator is needed");
        }
        this.known = List.copyOf(known);
    }

    /** The generators Postdesk ships (Jekyll, Hexo). */
    public static Generators standard() {
        return STANDARD;
    }

    /** These generators, in this order; the first opens folders none recognises. */
    public static Generators of(Generator first, Generator... more) {
        List<Generator> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(more));
        return new Generators(all);
    }

    /** These generators and then {@code another} (a plug-in; the first still opens unknown folders). */
    public Generators plus(Generator another) {
        List<Generator> all = new ArrayList<>(known);
        all.add(another);
        return new Generators(all);
    }

    public List<Generator> all() {
        return known;
    }

    /** The generator that opens a folder none recognises (an empty folder becoming a blog). */
    public Generator fallback() {
        return known.get(0);
    }

    /** The generator whose site {@code dir} is, with the strongest recognition; empty when none takes it. */
    public Optional<Generator> recognise(Path dir) {
        Generator best = null;
        int strongest = 0;
        for (Generator g : known) {
            int strength = g.recognise(dir).strength();
            if (strength > strongest) {
                strongest = strength;
                best = g;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Why no generator takes {@code dir}, one part per generator with its evidence:
     * "a Jekyll blog (this folder has neither _config.yml nor a _posts folder)".
     */
    public String whyNotASite(Path dir) {
        List<String> parts = new ArrayList<>();
        for (Generator g : known) {
            String why = g.recognise(dir).evidence();
            parts.add("a " + g.displayName() + " blog" + (why.isEmpty() ? ""
                    : " (" + Character.toLowerCase(why.charAt(0)) + why.substring(1) + ")"));
        }
        return String.join(" nor ", parts);
    }

    /** True when a known generator takes {@code dir} as its site. */
    public boolean isSite(Path dir) {
        return recognise(dir).isPresent();
    }

    /** The site a file (a post) lives in: the nearest folder above it that {@link #isSite is a site}. */
    public Optional<Path> enclosing(Path file) {
        for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (isSite(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * Opens {@code dir} with the generator that recognises it, or with the {@link #fallback()}
     * (whose problems then say the folder does not look like its site).
     *
     * @throws IOException when {@code dir} is not a readable folder
     */
    public Site open(Path dir) throws IOException {
        return recognise(dir).orElse(fallback()).open(dir);
    }
}
