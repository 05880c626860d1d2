package org.postdesk.core.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlogSettingsFileTest {
    private static final ImageStyle SEED = new ImageStyle("postimg", "{{site.baseurl}}/postimg/{name}", 40, false);

    @TempDir
    Path blog;

    @Test
    void withoutAFileTheBlogsLearnedStyleApplies() {
        BlogSettingsFile.Loaded loaded = new BlogSettingsFile(blog, SEED).load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(new BlogSettings("postimg", "{{site.baseurl}}/postimg/{name}", false, 0,
                false));
        assertThat(new BlogSettingsFile(blog, ImageStyle.DEFAULT).load().settings().imageFolder())
                .isEqualTo("assets/images");
    }

    @Test
    void changedValuesRoundTripAndOnlyThoseAreWritten() throws IOException {
        BlogSettingsFile file = new BlogSettingsFile(blog, SEED);
        BlogSettings changed = file.defaults().withKeepGps(true).withMaxWidth(1200).withGpsNoticeShown(true);
        file.save(changed);
        assertThat(file.load().settings()).isEqualTo(changed);
        String text = Files.readString(blog.resolve(".postdesk.yml"), StandardCharsets.UTF_8);
        assertThat(text).contains("keep_gps: true", "max_width: 1200", "gps_notice_shown: true")
                .doesNotContain("image_folder", "image_link");
    }

    @Test
    void aChosenFolderAndTemplateAreKeptExactly() throws IOException {
        BlogSettingsFile file = new BlogSettingsFile(blog, SEED);
        BlogSettings chosen = file.defaults().withImageFolder("img/in-post/").withLinkTemplate("/img/in-post/{name}");
        file.save(chosen);
        BlogSettings loaded = file.load().settings();
        assertThat(loaded.imageFolder()).isEqualTo("img/in-post");
        assertThat(loaded.linkTemplate()).isEqualTo("/img/in-post/{name}");
    }

    @Test
    void settingsEqualToTheDefaultsCreateNoFile() throws IOException {
        BlogSettingsFile file = new BlogSettingsFile(blog, SEED);
        file.save(file.defaults());
        assertThat(blog.resolve(".postdesk.yml")).doesNotExist();
    }

    @Test
    void keysPostdeskDoesNotKnowAreKept() throws IOException {
        Files.writeString(blog.resolve(".postdesk.yml"), "future_option: 3\nkeep_gps: true\n");
        BlogSettingsFile file = new BlogSettingsFile(blog, SEED);
        file.save(file.load().settings().withKeepGps(false));
        String text = Files.readString(blog.resolve(".postdesk.yml"));
        assertThat(text).contains("future_option: 3").doesNotContain("keep_gps");
    }

    @Test
    void aBrokenFileGivesTheDefaultsWithASentenceAndIsNotOverwritten() throws IOException {
        String broken = "keep_gps: [unclosed\n";
        Files.writeString(blog.resolve(".postdesk.yml"), broken);
        BlogSettingsFile file = new BlogSettingsFile(blog, SEED);
        BlogSettingsFile.Loaded loaded = file.load();
        assertThat(loaded.settings()).isEqualTo(file.defaults());
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains(".postdesk.yml").endsWith("."));
        assertThatThrownBy(() -> file.save(file.defaults().withKeepGps(true)))
                .hasMessageContaining("not saved");
        assertThat(Files.readString(blog.resolve(".postdesk.yml"))).isEqualTo(broken);
    }

    @Test
    void unusableValuesAreRefusedWithASentence() {
        BlogSettings base = BlogSettings.defaults(SEED);
        assertThat(base.withImageFolder("_images").problem()).hasValueSatisfying(p -> assertThat(p).contains("publish"));
        assertThat(base.withImageFolder("../outside").problem()).isPresent();
        assertThat(base.withLinkTemplate("/img/x.png").problem()).hasValueSatisfying(p -> assertThat(p).contains("{name}"));
        assertThat(base.problem()).isEmpty();
        assertThatThrownBy(() -> new BlogSettingsFile(blog, SEED).save(base.withImageFolder("_images")))
                .hasMessageContaining("not saved");
        assertThat(blog.resolve(".postdesk.yml")).doesNotExist();
    }
}
