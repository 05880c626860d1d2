package org.postdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start probe's reading of screenshots and of when a screen counts as painted (no timing here). */
class StartupProbeTest {

    @Test
    void coloursAreCountedOnTwoByTwoAverages() {
        // 4×2 pixels: the left 2×2 block all red, the right block half black, half white (averages to grey)
        int[][] pixels = {{0xff0000, 0xff0000, 0x000000, 0xffffff}, {0xff0000, 0xff0000, 0xffffff, 0x000000}};
        assertThat(StartupProbe.halfScaleColours(ppm("P6\n4 2\n255\n", pixels))).isEqualTo(2);
    }

    @Test
    void aCommentInTheHeaderIsSkipped() {
        int[][] pixels = {{0x102030, 0x102030}, {0x102030, 0x102030}};
        assertThat(StartupProbe.halfScaleColours(ppm("P6\n# made by hand\n2 2\n255\n", pixels))).isEqualTo(1);
    }

    @Test
    void anImageItCannotReadCountsAsNoColours() {
        int[][] pixels = {{0xff0000, 0x00ff00}, {0x0000ff, 0xffffff}};
        assertThat(StartupProbe.halfScaleColours(ppm("P6\n2 2\n65535\n", pixels))).isZero();
        byte[] cut = ppm("P6\n40 40\n255\n", pixels); // says 40×40, holds 2×2
        assertThat(StartupProbe.halfScaleColours(cut)).isZero();
        assertThat(StartupProbe.halfScaleColours("P3\n1 1\n255\n0 0 0\n".getBytes(StandardCharsets.US_ASCII))).isZero();
        assertThat(StartupProbe.halfScaleColours(new byte[0])).isZero();
    }

    @Test
    void paintedIsTheFirstMomentWithNinetyPercentOfTheFinalColours() {
        List<double[]> series = List.of(new double[] {1.0, 10}, new double[] {1.5, 800}, new double[] {2.0, 950},
                new double[] {2.5, 1000}, new double[] {3.0, 990});
        assertThat(StartupProbe.painted(series)).isEqualTo(2.0);
    }

    @Test
    void aScreenThatNeverDrewMuchHasNoPaintedTime() {
        assertThat(StartupProbe.painted(List.of(new double[] {1.0, 3}, new double[] {2.0, 150}))).isNull();
        assertThat(StartupProbe.painted(List.of())).isNull();
    }

    private static byte[] ppm(String header, int[][] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        for (int[] row : rows) {
            for (int rgb : row) {
                out.write(rgb >> 16 & 255);
                out.write(rgb >> 8 & 255);
                out.write(rgb & 255);
            }
        }
        return out.toByteArray();
    }
}
