package org.postdesk.core.frontmatter;

import org.yaml.snakeyaml.nodes.Node;

/**
 * One top-level {@code key: value} pair with its exact place in the text. Offsets are char
 * indexes into the front-matter text.
 *
 * @param key        the key as Jekyll reads it
 * @param valueNode  the composed value node
 * @param keyStart   where the key starts
 * @param colonEnd   just after the {@code :} that ends the key
 * @param valueStart where the value text starts (== colonEnd for an empty value)
 * @param valueEnd   where the value text ends (comments and trailing blank lines excluded)
 * @param field      what Jekyll sees
 * @param alias      true when the value is a YAML alias ({@code *name}): its text is elsewhere
 */
record Entry(String key, Node valueNode, int keyStart, int colonEnd, int valueStart, int valueEnd,
        FieldValue field, boolean alias) {
}
