package org.postdesk.core.images;

import java.nio.file.Path;
import java.util.Objects;

/** Where an image comes from: a file the author dropped, or bytes (a paste, a drag from a browser). */
public sealed interface ImageSource {

    /** The name used in messages and, made URL-safe, for the new file. */
    String displayName();

    static ImageSource file(Path file) {
        return new FromFile(file);
    }

    /** Bytes with the name the sender suggested (for instance a browser drag); it must be a plain file name. */
    static ImageSource bytes(byte[] bytes, String suggestedName) {
        return new FromBytes(bytes, Objects.requireNonNull(suggestedName));
    }

    /** Pasted pixels: named after the post ({@code POST-SLUG-N.png}), with an empty alt text. */
    static ImageSource pasted(byte[] bytes) {
        return new FromBytes(bytes, null);
    }

    record FromFile(Path file) implements ImageSource {
        public FromFile {
            Objects.requireNonNull(file);
        }

        @Override
        public String displayName() {
            Path name = file.getFileName();
            return name == null ? file.toString() : name.toString();
        }
    }

    /** {@code suggestedName} is null for pasted pixels. */
    record FromBytes(byte[] bytes, String suggestedName) implements ImageSource {
        public FromBytes {
            Objects.requireNonNull(bytes);
        }

        @Override
        public String displayName() {
            return suggestedName == null ? "the pasted image" : suggestedName;
        }

        boolean pasted() {
            return suggestedName == null;
        }
    }
}
