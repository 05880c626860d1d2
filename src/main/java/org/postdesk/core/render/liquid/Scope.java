package org.postdesk.core.render.liquid;

/** The variables a template sees by name ({@code site}, {@code page}, assigned ones, loop ones). */
interface Scope {
    /** The value of a top-level name, or null (nil). */
    Object lookup(String name);
}
