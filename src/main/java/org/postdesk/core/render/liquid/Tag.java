package org.postdesk.core.render.liquid;

/** A tag found while matching a block: where it is (widened over trimmed whitespace), its name and arguments. */
record Tag(int start, int end, String name, String args) {
}
