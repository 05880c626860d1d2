package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.postdesk.core.io.DiskState;

/**
 * Turns two snapshots into {@link DiskChange}s. A file whose content hash is the one Postdesk
 * knows for it (it just saved or opened those bytes) is no change. A deleted and a created file
 * are one rename when they are the same file (same file key and size), or have the same
 * content, or the same size and modification time.
 */
final class SnapshotDiff {
    private final Map<Path, String> known;

    /** {@code known}: path to the SHA-256 of the bytes Postdesk knows are there; updated as changes are found. */
    SnapshotDiff(Map<Path, String> known) {
        this.known = known;
    }

    List<DiskChange> diff(FolderSnapshot before, FolderSnapshot after) {
        List<Path> deleted = new ArrayList<>();
        List<DiskChange> created = new ArrayList<>();
        List<DiskChange> out = new ArrayList<>();
        for (Map.Entry<Path, FolderSnapshot.Mark> e : after.files.entrySet()) {
            FolderSnapshot.Mark old = before.files.get(e.getKey());
            if (old != null && old.sameStat(e.getValue())) {
                continue;
            }
            DiskState state = state(e.getKey(), e.getValue());
            if (state == null) {
                continue;
            }
            String knownHash = known.put(e.getKey(), state.sha256());
            if (state.sha256().equals(knownHash)) {
                continue;
            }
            if (old == null) {
                created.add(new DiskChange(DiskChange.Kind.CREATED, e.getKey(), null, state));
            } else {
                out.add(new DiskChange(DiskChange.Kind.MODIFIED, e.getKey(), null, state));
            }
        }
        for (Path p : before.files.keySet()) {
            if (!after.files.containsKey(p)) {
                deleted.add(p);
            }
        }
        for (Path gone : deleted) {
            FolderSnapshot.Mark mark = before.files.get(gone);
            String goneHash = known.remove(gone);
            DiskChange match = null;
            for (Iterator<DiskChange> it = created.iterator(); it.hasNext(); ) {
                DiskChange c = it.next();
                FolderSnapshot.Mark cm = after.files.get(c.path());
                boolean sameFile = mark.fileKey() != null && Objects.equals(mark.fileKey(), cm.fileKey())
                        && mark.size() == cm.size();
                boolean sameContent = c.state().sha256().equals(goneHash);
                boolean sameStat = mark.size() == cm.size() && mark.modified() == cm.modified();
                if (sameFile || sameContent || sameStat) {
                    match = c;
                    it.remove();
                    break;
                }
            }
            out.add(match == null ? new DiskChange(DiskChange.Kind.DELETED, gone, null, null)
                    : new DiskChange(DiskChange.Kind.RENAMED, match.path(), gone, match.state()));
        }
        out.addAll(created);
        return out;
    }

    private static DiskState state(Path file, FolderSnapshot.Mark mark) {
        try {
            return DiskState.of(Files.readAllBytes(file), mark.modified());
        } catch (IOException e) {
            return null;
        }
    }
}
