package org.postdesk.core.site.hexo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.blog.PreviewContext;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.site.Site;

/** The preview shows a Hexo post's images offline wherever Hexo keeps them. */
class HexoPreviewUrlsTest {
    @TempDir
    Path dir;

    private String render(String config, String postPath, String body) throws Exception {
        HexoSites.site(dir, config);
        HexoSites.write(dir, postPath, "---\ntitle: P\ndate: 2025-06-08 20:15:00\n---\n" + body);
        HexoSites.write(dir, "source/images/ridge.png", "png");
        HexoSites.write(dir, "source/_posts/trip/lake.png", "png");
        Site site = HexoSites.open(dir);
        List<PostSummary> posts = HexoSites.index(site);
        PreviewContext context = new PreviewContext(site.folder(), posts);
        PreviewRenderer renderer = new PreviewRenderer(site.templatePass(), site.markdownFlavour());
        return renderer.renderBody(context.request(postPath, body, Map.of())).html();
    }

    private String url(String rel) {
        return dir.toUri().toString().replaceAll("/$", "") + "/" + rel;
    }

    @Test
    void aSitePathIsAFileOfSource() throws Exception {
        String html = render("title: T\n", "source/_posts/trip.md", "![r](/images/ridge.png)\n");
        assertThat(html).contains("src=\"" + url("source/images/ridge.png") + "\"");
    }

    @Test
    void aSitePathUnderRootIsAFileOfSourceToo() throws Exception {
        String html = render("root: /blog/\n", "source/_posts/trip.md", "![r](/blog/images/ridge.png)\n");
        assertThat(html).contains("src=\"" + url("source/images/ridge.png") + "\"");
    }

    @Test
    void aRelativeImageIsInThePostsAssetFolder() throws Exception {
        String html = render("post_asset_folder: true\n", "source/_posts/trip.md", "![l](lake.png)\n");
        assertThat(html).contains("src=\"" + url("source/_posts/trip/lake.png") + "\"");
    }

    @Test
    void dotDotImagesIsTheImagesFolderBesidePosts() throws Exception {
        String html = render("post_asset_folder: true\n", "source/_posts/trip.md", "![r](../images/ridge.png)\n");
        assertThat(html).contains("src=\"" + url("source/images/ridge.png") + "\"");
    }

    @Test
    void theUrlAssetImgWritesIsTheAssetFolder() throws Exception {
        String html = render("post_asset_folder: true\npermalink: :year/:month/:day/:title/\n", "source/_posts/trip.md",
                "<img src=\"/2025/06/08/trip/lake.png\">\n");
        assertThat(html).contains("src=\"" + url("source/_posts/trip/lake.png") + "\"");
    }

    @Test
    void pathsThatLeaveTheSiteGetNoFileUrl() throws Exception {
        String html = render("post_asset_folder: true\n", "source/_posts/trip.md",
                "![a](../../../../etc/passwd.png)\n\n![b](/../../etc/passwd.png)\n");
        assertThat(html).doesNotContain("etc/passwd.png\"").doesNotContain("file:///etc");
    }

    @Test
    void anAssetFolderThatLinksOutOfTheSiteIsNotLoaded() throws Exception {
        Path outside = Files.createTempDirectory("outside");
        try {
            Files.writeString(outside.resolve("secret.png"), "png");
            HexoSites.site(dir, "post_asset_folder: true\n");
            Files.createSymbolicLink(dir.resolve("source/_posts/linked"), outside);
            String html = render("post_asset_folder: true\n", "source/_posts/linked.md", "![s](secret.png)\n");
            assertThat(html).doesNotContain("secret.png\"").doesNotContain(outside.toUri().toString());
        } finally {
            Files.deleteIfExists(outside.resolve("secret.png"));
            Files.deleteIfExists(outside);
        }
    }
}
