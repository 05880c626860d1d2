package org.postdesk.core.io;

import java.io.IOException;

/**
 * A write Postdesk refused before touching anything: the target lies outside the folder it may
 * write in (symbolic links resolved), or the file's own permissions or owner say it must not be
 * replaced. The message is a clause that completes "Could not save X: ..." (no capital, no
 * final period), as {@link PostFiles#reason} returns for every I/O failure.
 */
public final class WriteRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public WriteRefusedException(String reason) {
        super(reason);
    }
}
