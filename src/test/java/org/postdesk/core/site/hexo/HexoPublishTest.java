package org.postdesk.core.site.hexo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.MoveReport;
import org.postdesk.core.blog.PostMoves;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.site.Site;

/** Publish moves a Hexo draft into _posts as {@code hexo publish} does, with its asset folder. */
class HexoPublishTest {
    @TempDir
    Path dir;

    @Test
    void theDraftAndItsAssetFolderMoveTogether() throws Exception {
        HexoSites.site(dir, "post_asset_folder: true\nnew_post_name: :year-:month-:day-:title.md\n");
        Path draft = HexoSites.write(dir, "source/_drafts/trip.md", "---\ntitle: Trip\n---\n{% asset_img map.png %}\n");
        HexoSites.write(dir, "source/_drafts/trip/map.png", "png");
        Site site = HexoSites.open(dir);
        MoveReport report = new PostMoves(site.folder()).publish(draft, LocalDate.of(2025, 6, 1));
        assertThat(report.to()).isEqualTo(dir.resolve("source/_posts/2025-06-01-trip.md"));
        assertThat(report.problems()).isEmpty();
        assertThat(dir.resolve("source/_posts/2025-06-01-trip/map.png")).hasContent("png");
        assertThat(dir.resolve("source/_drafts/trip")).doesNotExist();
        assertThat(draft).doesNotExist();
    }

    @Test
    void anExistingTargetFolderStopsThePublishWithNothingMoved() throws Exception {
        HexoSites.site(dir, "post_asset_folder: true\n");
        Path draft = HexoSites.write(dir, "source/_drafts/trip.md", "---\ntitle: Trip\n---\n");
        HexoSites.write(dir, "source/_drafts/trip/map.png", "new");
        HexoSites.write(dir, "source/_posts/trip/map.png", "old");
        Site site = HexoSites.open(dir);
        assertThatThrownBy(() -> new PostMoves(site.folder()).publish(draft, LocalDate.of(2025, 6, 1)))
                .isInstanceOf(PostIoException.class).hasMessageContaining("source/_posts/trip/ already exists")
                .hasMessageContaining("unchanged");
        assertThat(draft).exists();
        assertThat(dir.resolve("source/_drafts/trip/map.png")).hasContent("new");
        assertThat(dir.resolve("source/_posts/trip/map.png")).hasContent("old");
    }

    @Test
    void anExistingTargetPostStopsThePublish() throws Exception {
        HexoSites.site(dir, "title: T\n");
        Path draft = HexoSites.write(dir, "source/_drafts/trip.md", "---\ntitle: Trip\n---\n");
        HexoSites.write(dir, "source/_posts/trip.md", "theirs");
        Site site = HexoSites.open(dir);
        assertThatThrownBy(() -> new PostMoves(site.folder()).publish(draft, LocalDate.of(2025, 6, 1)))
                .isInstanceOf(PostIoException.class).hasMessageContaining("already exists");
        assertThat(dir.resolve("source/_posts/trip.md")).hasContent("theirs");
        assertThat(draft).exists();
    }

    @Test
    void withoutAssetFoldersAFolderOfTheSameNameStaysWhereItIs() throws Exception {
        HexoSites.site(dir, "post_asset_folder: false\n");
        Path draft = HexoSites.write(dir, "source/_drafts/trip.md", "---\ntitle: Trip\n---\n");
        HexoSites.write(dir, "source/_drafts/trip/notes.txt", "keep");
        new PostMoves(HexoSites.open(dir).folder()).publish(draft, LocalDate.of(2025, 6, 1));
        assertThat(dir.resolve("source/_posts/trip.md")).exists();
        assertThat(dir.resolve("source/_drafts/trip/notes.txt")).hasContent("keep");
    }
}
