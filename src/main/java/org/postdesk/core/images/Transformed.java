package org.postdesk.core.images;

/** The bytes to write and what they are. */
record Transformed(byte[] bytes, ImageInfo info) {
}
