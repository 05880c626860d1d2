package org.postdesk.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file on disk was at one moment: size, modification time and a SHA-256 of its bytes.
 * The window keeps the state of a post when it opens or saves it; at the next save it asks
 * {@link #read} again and, when {@link #sameContent} is false, the file changed behind its back.
 *
 * @param size           bytes
 * @param modifiedMillis last modification time
 * @param sha256         lower-case hex digest of the content
 */
public record DiskState(long size, long modifiedMillis, String sha256) {

    /** The state of {@code file} now; empty when there is no such file. */
    public static Optional<DiskState> read(Path file) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            return Optional.of(of(bytes, modified));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The state of bytes already read (no second read of a large file). */
    public static DiskState of(byte[] bytes, long modifiedMillis) {
        return new DiskState(bytes.length, modifiedMillis, sha256(bytes));
    }

    /** True when both describe the same bytes (the modification time may differ: a touch is no change). */
    public boolean sameContent(DiskState other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }

    /** True when {@code bytes} are the content this state describes. */
    public boolean matches(byte[] bytes) {
        return bytes.length == size && sha256.equals(sha256(bytes));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
