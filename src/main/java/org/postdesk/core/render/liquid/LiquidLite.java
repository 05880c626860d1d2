package org.postdesk.core.render.liquid;

import java.util.List;
import org.postdesk.core.render.LineMap;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/**
 * Jekyll's Liquid step for the preview, written for it: it keeps the editor's lines where it
 * can and says where it cannot (docs/decisions/0019, its shape in 0026).
 *
 * <ul>
 *   <li>{@code {{ ... }}}: literals, {@code site.}/{@code page.} and assigned variables, and the
 *       filters of the {@link FilterTable}; an expression it does not understand stays visible.</li>
 *   <li>Control flow: {@code assign}, {@code capture}, {@code if/elsif/else}, {@code unless},
 *       {@code case/when}, {@code for} (with {@code limit}, {@code offset}, {@code reversed},
 *       ranges, {@code forloop}, {@code break}, {@code continue}, {@code else}),
 *       {@code increment}, {@code decrement}, {@code cycle}, {@code tablerow}. The output is what
 *       Liquid makes; the {@link LineMap} of the result maps its lines back to the editor's. An
 *       unclosed block, a condition it cannot read, or blocks nested more than {@link #MAX_DEPTH}
 *       deep become a visible {@code pd-liquid-error} sentence there and the rest renders.</li>
 *   <li>{@code {% raw %}}: kept literally; {@code {% comment %}}: removed;
 *       {@code {% highlight LANG %}}: becomes a fenced code block (content literal, as Jekyll
 *       3.8+ treats it).</li>
 *   <li>{@code {% post_url %}} and {@code {% link %}}: through {@link SiteLinks}; when unresolved
 *       they become a {@code pd-broken:} marker URL that the preview shows as a broken link.</li>
 *   <li>{@code {% include %}} (from {@code _includes/}) and {@code {% include_relative %}}: the file,
 *       read through {@link SiteLinks#include}, rendered here with {@code include.*} parameters;
 *       a file it cannot read is a visible placeholder. Any other tag stays as written.</li>
 *   <li>Whitespace control ({@code {%-}, {@code -%}}, {@code {{-}, {@code -}}}) removes the
 *       whitespace on that side, as Liquid does; the {@link LineMap} accounts for the removed
 *       line breaks.</li>
 * </ul>
 *
 * The output is Liquid's, exactly (a tag that spans lines is replaced without its line breaks, as
 * Jekyll does, so a URL split by {@code {{ x\n}}} stays one URL). Work is bounded: nesting, loop
 * passes, includes and output have limits, and a render over thousands of unclosed tags stays
 * linear. Stateless and thread-safe; a text without {@code {} is returned as it is, with the
 * identity map.
 */
public final class LiquidLite implements TemplatePass {

    /** The URL scheme of the marker left for an unresolved post_url or link tag. */
    public static final String BROKEN_SCHEME = "pd-broken:";

    /** The CSS class of a Liquid error shown in the preview. */
    public static final String ERROR_CLASS = "pd-liquid-error";

    /** More iterations than this in one loop stop it, with a note (a preview, not a build). */
    static final int MAX_ITERATIONS = 10_000;

    /** More loop passes than this in one render (loops inside loops) stop them, with a note. */
    static final int MAX_PASSES = 100_000;

    /** More output than this (characters) stops loops, with a note. */
    static final int MAX_OUTPUT = 32 << 20;

    /** Blocks nested deeper than this are a marked error (Liquid's own limit is 100 too). */
    static final int MAX_DEPTH = 100;

    /** Includes nested deeper than this stop, with a note (Jekyll would recurse until it fails). */
    static final int MAX_INCLUDE_DEPTH = 10;

    /** More included files than this in one render are left out, each with a marked error. */
    static final int MAX_INCLUDES = 1_000;

    @Override
    public Result apply(String text, Context context) {
        if (text.indexOf('{') < 0) {
            return new Result(text, List.of());
        }
        return new Render(text, new Session(context)).run();
    }

    /** A value as Liquid prints it (nil as nothing, a list as its items run together). */
    public static String asText(Object value) {
        return Values.asText(value);
    }
}
