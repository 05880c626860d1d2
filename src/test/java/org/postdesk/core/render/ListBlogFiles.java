package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test-side {@link BlogFiles} over a list of relative paths (a folder listing or a TREE.txt). */
final class ListBlogFiles implements BlogFiles {

    private final Set<String> exact = new HashSet<>();
    private final Map<String, String> byLowerCase = new HashMap<>();
    private final Map<String, List<String>> byName = new HashMap<>();

    ListBlogFiles(Collection<String> paths) {
        for (String p : paths) {
            exact.add(p);
            byLowerCase.putIfAbsent(p.toLowerCase(Locale.ROOT), p);
            byName.computeIfAbsent(p.substring(p.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(p);
        }
    }

    @Override
    public Optional<String> realPath(String relPath) {
        if (exact.contains(relPath)) {
            return Optional.of(relPath);
        }
        return Optional.ofNullable(byLowerCase.get(relPath.toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<String> findByFileName(String fileName) {
        return byName.getOrDefault(fileName, List.of());
    }
}
