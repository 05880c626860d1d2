package org.postdesk.core.render.liquid;

/** Template text that is not a Liquid expression (or filter use) the engine can evaluate. */
final class LiquidException extends Exception {
    private static final long serialVersionUID = 1L;

    LiquidException(String message) {
        super(message, null, false, false);
    }
}
