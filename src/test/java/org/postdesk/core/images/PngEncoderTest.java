package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void translucentPixelsSurviveARoundTripThroughImageIo() throws IOException {
        int w = 7;
        int h = 5;
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (i * 37 % 256) << 24 | (i * 11 % 256) << 16 | (255 - i) << 8 | i * 5;
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(w, h, argb)));
        assertThat(decoded.getWidth()).isEqualTo(w);
        assertThat(decoded.getHeight()).isEqualTo(h);
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertThat(decoded.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(argb[y * w + x]);
            }
        }
    }

    @Test
    void opaqueScreenshotsAreWrittenWithoutAlphaAndAcceptedByTheImporter() throws Exception {
        int[] argb = new int[64 * 3];
        Arrays.fill(argb, 0xFF336699);
        argb[5] = 0xFF000000;
        byte[] png = PngEncoder.encode(64, 3, argb);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getColorModel().hasAlpha()).isFalse();
        assertThat(decoded.getRGB(5, 0)).isEqualTo(0xFF000000);
        assertThat(decoded.getRGB(63, 2)).isEqualTo(0xFF336699);
        assertThat(new ImageSniffer(ImportSettings.DEFAULT_MAX_PIXELS).inspect(ImageBytes.of(png), "x").format())
                .isEqualTo(ImageFormat.PNG);
    }

    @Test
    void aPixelCountThatDoesNotMatchTheSizeIsRejected() {
        assertThatThrownBy(() -> PngEncoder.encode(2, 2, new int[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
