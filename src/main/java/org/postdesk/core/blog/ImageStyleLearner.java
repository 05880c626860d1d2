package org.postdesk.core.blog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Picks the image folder most links use and the link style they are written in. */
final class ImageStyleLearner {
    private ImageStyleLearner() {
    }

    /** Links per folder (leaf folders only), for display. */
    static Map<String, Integer> folderCounts(List<ImageLinks.Link> links) {
        Map<String, Integer> counts = new TreeMap<>();
        links.forEach(l -> counts.merge(l.folder(), 1, Integer::sum));
        return counts;
    }

    /**
     * The folder holding most links: a single folder when it has at least half of them, else the
     * deepest folder whose sub-folders together hold at least half (then {@code subfolders}).
     * The template is the most used way of writing links into that folder.
     */
    static ImageStyle learn(List<ImageLinks.Link> links, ImageStyle fallback) {
        if (links.isEmpty()) {
            return fallback;
        }
        Map<String, Integer> leaves = folderCounts(links);
        String best = leaves.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String folder = best;
        boolean sub = false;
        if (leaves.get(best) * 2 < links.size()) {
            Map<String, Integer> under = new HashMap<>();
            for (ImageLinks.Link l : links) {
                String f = l.folder();
                while (f.contains("/")) {
                    f = f.substring(0, f.lastIndexOf('/'));
                    under.merge(f, 1, Integer::sum);
                }
            }
            String deepest = null;
            for (Map.Entry<String, Integer> e : under.entrySet()) {
                if (e.getValue() * 2 >= links.size()
                        && (deepest == null || depth(e.getKey()) > depth(deepest))) {
                    deepest = e.getKey();
                }
            }
            if (deepest != null) {
                folder = deepest;
                sub = true;
            }
        }
        Map<String, Integer> styles = new HashMap<>();
        int uses = 0;
        for (ImageLinks.Link l : links) {
            String f = l.folder();
            if (f.equals(folder) || (sub && f.startsWith(folder + "/"))) {
                uses++;
                String prefix = folder.isEmpty() ? "" : folder + "/";
                styles.merge(l.before() + prefix + "{name}" + l.after(), 1, Integer::sum);
            }
        }
        String template = styles.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
        return new ImageStyle(folder, template, uses, sub);
    }

    private static int depth(String folder) {
        return folder.split("/").length;
    }
}
