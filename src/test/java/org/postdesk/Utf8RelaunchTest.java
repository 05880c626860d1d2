package org.postdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The relaunch decision and the ASCII script that carries the command line's bytes across. */
class Utf8RelaunchTest {

    @Test
    void onlyANonUtf8FileNameEncodingOnLinuxAsksForARelaunch() {
        assertThat(Utf8Relaunch.needed("Linux", "ANSI_X3.4-1968", Map.of())).isTrue();
        assertThat(Utf8Relaunch.needed("Linux", "ISO-8859-1", Map.of())).isTrue();
        assertThat(Utf8Relaunch.needed("Linux", "UTF-8", Map.of())).isFalse();
        assertThat(Utf8Relaunch.needed("Linux", "utf8", Map.of())).isFalse();
        // the child itself never starts a grandchild, even when C.UTF-8 is missing there too
        assertThat(Utf8Relaunch.needed("Linux", "ANSI_X3.4-1968", Map.of(Utf8Relaunch.MARK, "1"))).isFalse();
        // Windows names are UTF-16 whatever the code page; macOS names are always UTF-8
        assertThat(Utf8Relaunch.needed("Windows 11", "Cp1252", Map.of())).isFalse();
        assertThat(Utf8Relaunch.needed("Mac OS X", "US-ASCII", Map.of())).isFalse();
    }

    @Test
    void theChildGetsTheUtf8LocaleAndNotTheAppImageLaunchersMark() {
        java.util.Map<String, String> env = new java.util.HashMap<>(Map.of("LANG", "C", "LC_ALL", "C",
                "_JPACKAGE_LAUNCHER", "123", "HOME", "/home/a"));
        Utf8Relaunch.childEnvironment(env);
        assertThat(env).containsEntry("LC_ALL", "C.UTF-8").containsEntry(Utf8Relaunch.MARK, "1")
                .containsEntry("LANG", "C").containsEntry("HOME", "/home/a").doesNotContainKey("_JPACKAGE_LAUNCHER");
    }

    @Test
    void theScriptIsAsciiOnly() {
        String script = Utf8Relaunch.script(List.of(bytes("java"), bytes("止付 2.9亿.md")));
        assertThat(script.chars().allMatch(c -> c < 0x80)).isTrue();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC, OS.FREEBSD, OS.OPENBSD, OS.SOLARIS, OS.AIX})
    void everyArgumentArrivesByteForByte() throws Exception {
        List<byte[]> hostile = List.of(bytes("止付，2.9亿！.md"), bytes("it's \"quoted\" $HOME `id` \\n %s %%"),
                bytes("trailing newlines\n\n"), bytes(""), bytes("-e"), bytes("*"), bytes("a\tb\rc"),
                new byte[] {(byte) 0xd6, (byte) 0xb9, (byte) 0xb8, (byte) 0xb6}, bytes("'"), bytes("x"));
        List<byte[]> argv = new ArrayList<>(List.of(bytes("sh"), bytes("-c"),
                bytes("for a; do printf '%s' \"$a\" | od -An -tx1 | tr -d ' \\n'; echo; done"), bytes("sh")));
        argv.addAll(hostile);
        Process p = new ProcessBuilder("/bin/sh", "-c", Utf8Relaunch.script(argv)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(hostile.size());
        for (int i = 0; i < hostile.size(); i++) {
            assertThat(lines.get(i)).as("argument %d", i).isEqualTo(hex(hostile.get(i)));
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }
}
