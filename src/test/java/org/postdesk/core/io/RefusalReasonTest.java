package org.postdesk.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** The sentence an author reads names what is read-only (our checks know: the file, or its folder). */
class RefusalReasonTest {

    @Test
    void theSystemsOwnRefusalStaysTheGeneralSentence() {
        assertThat(PostFiles.reason(new AccessDeniedException("/x/y.md")))
                .isEqualTo("permission denied (the file or its folder is read-only)");
        assertThat(PostFiles.reason(new AccessDeniedException("/x/y.md", null, "the folder is read-only")))
                .isEqualTo("the folder is read-only");
    }
}
