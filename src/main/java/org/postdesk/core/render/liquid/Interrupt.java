package org.postdesk.core.render.liquid;

/** What a {@code break} or {@code continue} asks of the loop around it, until the loop takes it. */
enum Interrupt {
    NONE, BREAK, CONTINUE
}
