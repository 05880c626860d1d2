package org.postdesk.core.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.render.LiquidExpression.LiquidException;

/**
 * Jekyll's Liquid step for the preview, written for it: it keeps the editor's lines where it
 * can and says where it cannot (docs/decisions/0019).
 *
 * <ul>
 *   <li>{@code {{ ... }}}: literals, {@code site.}/{@code page.} and assigned variables, and the
 *       filters in {@link LiquidExpression}; an expression it does not understand stays visible.</li>
 *   <li>Control flow: {@code assign}, {@code capture}, {@code if/elsif/else}, {@code unless},
 *       {@code case/when}, {@code for} (with {@code limit}, {@code offset}, {@code reversed},
 *       ranges, {@code forloop}, {@code break}, {@code continue}, {@code else}),
 *       {@code increment}, {@code decrement}, {@code cycle}, {@code tablerow}. The output is what Liquid makes; the
 *       {@link LineMap} of the result maps its lines back to the editor's. An unclosed block or
 *       a condition it cannot read becomes a visible {@code pd-liquid-error} sentence there and
 *       the rest renders.</li>
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
 * Jekyll does, so a URL split by {@code {{ x\n}}} stays one URL); where lines are dropped or
 * made, the {@link LineMap} of the result maps each output line back to its editor line. Stateless and
 * thread-safe; a text without {@code {} is returned as it is, with the identity map.
 */
public final class LiquidLite implements TemplatePass {

    /** The URL scheme of the marker left for an unresolved post_url or link tag. */
    public static final String BROKEN_SCHEME = "pd-broken:";

    /** The CSS class of a Liquid error shown in the preview. */
    public static final String ERROR_CLASS = "pd-liquid-error";

    /** More iterations than this in one loop stop it, with a note (a preview, not a build). */
    static final int MAX_ITERATIONS = 10_000;

    /** More output than this (characters) stops loops, with a note. */
    static final int MAX_OUTPUT = 32 << 20;

    private static final Set<String> BLOCKS = Set.of("if", "unless", "case", "for", "capture", "tablerow",
            "ifchanged");
    private static final Set<String> LITERAL_BLOCKS = Set.of("raw", "comment", "highlight");
    private static final Set<String> STRAY = Set.of("elsif", "else", "endif", "endunless", "when", "endcase",
            "endfor", "endcapture", "endtablerow");
    private static final Pattern TABLEROW_OPTION = Pattern.compile("\\b(cols|limit|offset)\\s*:\\s*(\\S+)");
    private static final Pattern FOR = Pattern.compile("([A-Za-z_][\\w-]*)\\s+in\\s+(.+)", Pattern.DOTALL);
    private static final Pattern FOR_OPTION = Pattern.compile("\\b(limit|offset)\\s*:\\s*(\\S+)");
    private static final Pattern ASSIGN = Pattern.compile("([A-Za-z_][\\w-]*)\\s*=\\s*(.+)", Pattern.DOTALL);
    /** Jekyll's include parameters: {@code key="value"}, {@code key='value'} or {@code key=variable}. */
    private static final Pattern INCLUDE_PARAM = Pattern.compile(
            "([\\w-]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|([\\w.\\[\\]-]+))");
    /** The characters Jekyll allows in an include's file name. */
    private static final Pattern INCLUDE_NAME = Pattern.compile("[\\w/.\\-()+~#@]+");
    /** Includes nested deeper than this stop, with a note (Jekyll would recurse until it fails). */
    static final int MAX_INCLUDE_DEPTH = 10;
    /** The tags whose whitespace control ({@code {%-}, {@code -%}}) this pass applies. */
    private static final Set<String> TRIMMING = Set.of("post_url", "link", "include", "include_relative", "assign",
            "capture", "if", "unless", "case", "for", "break", "continue", "increment", "decrement", "cycle", "tablerow",
            "comment");

    @Override
    public Result apply(String text, Context context) {
        if (text.indexOf('{') < 0) {
            return new Result(text, List.of());
        }
        return new Run(text, context).run();
    }

    /** A tag found while matching a block: where it is, its name and its arguments. */
    private record Tag(int start, int end, String name, String args) {
    }

    /** One pass over one text. */
    private static final class Run implements LiquidExpression.Scope {
        private final String text;
        private final Context context;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Object> variables;
        private final Map<String, Object> counters;
        private final Map<String, Integer> cycles;
        private final Deque<Map<String, Object>> loops;
        /** The include files being rendered, outermost first (shared with nested includes). */
        private final List<String> including;
        /** Where each end tag name last occurs in the text (-1: nowhere), looked up once. */
        private final Map<String, Integer> lastEndTag = new HashMap<>();
        private StringBuilder out;
        /** For each line break written to {@code out}: the source line of the line after it. */
        private int[] breaks = new int[64];
        private int breakCount;
        private boolean changed;
        private int copied;
        /** The source line of {@code copied} (kept only once {@code aligned} is false). */
        private int sourceLine;
        /**
         * True while output line N is still source line N; nothing about lines is recorded until
         * something changes that, so a text without control flow pays no line bookkeeping.
         */
        private boolean aligned = true;
        /** While above -1, every line written maps to this source line (loop bodies). */
        private int anchor = -1;
        /** 1 after {@code break}, 2 after {@code continue}, until the loop takes it. */
        private int interrupt;
        private int noExpressionEndFrom = Integer.MAX_VALUE;
        private int noTagEndFrom = Integer.MAX_VALUE;

        Run(String text, Context context) {
            this.text = text;
            this.context = context;
            this.out = new StringBuilder(text.length() + 64);
            this.variables = new HashMap<>();
            this.counters = new HashMap<>();
            this.cycles = new HashMap<>();
            this.loops = new ArrayDeque<>();
            this.including = new ArrayList<>();
        }

        /** A run over an included file: it sees and sets the including text's variables, as in Jekyll. */
        Run(String text, Run parent) {
            this.text = text;
            this.context = parent.context;
            this.out = new StringBuilder(text.length() + 64);
            this.variables = parent.variables;
            this.counters = parent.counters;
            this.cycles = parent.cycles;
            this.loops = parent.loops;
            this.including = parent.including;
        }

        Result run() {
            scan(0, text.length());
            if (!changed) {
                return new Result(text, notes);
            }
            copyTo(text.length());
            if (aligned) {
                return new Result(out.toString(), notes);
            }
            int[] lines = new int[breakCount + 1];
            System.arraycopy(breaks, 0, lines, 1, breakCount);
            return new Result(out.toString(), notes, LineMap.of(lines));
        }

        @Override
        public Object lookup(String name) {
            for (Map<String, Object> frame : loops) {
                if (frame.containsKey(name)) {
                    return frame.get(name);
                }
            }
            if (variables.containsKey(name)) {
                return variables.get(name);
            }
            if (counters.containsKey(name)) {
                return counters.get(name);
            }
            return switch (name) {
                case "site" -> site();
                case "page" -> context.page();
                default -> null; // layout, paginator...: nil, which renders as nothing
            };
        }

        private Object site() {
            List<Map<String, Object>> posts = context.links().posts();
            if (posts.isEmpty() || context.site().containsKey("posts")) {
                return context.site();
            }
            Map<String, Object> site = new HashMap<>(context.site());
            site.put("posts", posts);
            site.putIfAbsent("tags", group(posts, "tags"));
            site.putIfAbsent("categories", group(posts, "categories"));
            variables.put("site", site); // built once per render
            return site;
        }

        private static Map<String, Object> group(List<Map<String, Object>> posts, String key) {
            Map<String, Object> groups = new java.util.LinkedHashMap<>();
            for (Map<String, Object> post : posts) {
                for (Object name : LiquidExpression.list(post.get(key))) {
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) groups.computeIfAbsent(String.valueOf(name),
                            k -> new ArrayList<>());
                    list.add(post);
                }
            }
            return groups;
        }

        /** Renders [from, to) to {@code out}; {@code copied} must be {@code from}. */
        private void render(int from, int to) {
            scan(from, to);
            if (interrupt == 0) {
                copyTo(to);
            } else {
                skipTo(to);
            }
        }

        /** Handles the tags and expressions in [from, to), leaving the text after the last one uncopied. */
        private void scan(int from, int to) {
            int i = from;
            while (i < to && interrupt == 0) {
                int b = text.indexOf('{', i);
                if (b < 0 || b + 1 >= to) {
                    break;
                }
                char c = text.charAt(b + 1);
                int next = -1;
                if (c == '{' && b < noExpressionEndFrom) {
                    int e = text.indexOf("}}", b + 2);
                    if (e < 0) {
                        noExpressionEndFrom = b;
                    } else if (e + 2 <= to) {
                        next = expression(b, e, to);
                    }
                } else if (c == '%' && b < noTagEndFrom) {
                    int e = text.indexOf("%}", b + 2);
                    if (e < 0) {
                        noTagEndFrom = b;
                    } else if (e + 2 <= to) {
                        next = tag(b, e, to);
                    }
                }
                i = next < 0 ? b + 1 : next;
            }
        }

        /** Handles {@code {{...}}} at [b, e+2); returns where scanning continues, or -1 to keep it. */
        private int expression(int b, int e, int to) {
            String inner = text.substring(b + 2, e);
            Optional<String> value = LiquidExpression.evaluate(inner, context, this);
            if (value.isEmpty()) {
                return -1;
            }
            trimBefore(b);
            int end = trimsRight(b, e) ? spaceForward(e + 2, to) : e + 2;
            replace(b, end, value.get());
            return end;
        }

        // ------------------------------------------------------------ whitespace control

        /** For {@code {%-} or {@code {{-} at b: drops the whitespace before it (not yet written). */
        private void trimBefore(int b) {
            if (b + 2 >= text.length() || text.charAt(b + 2) != '-') {
                return;
            }
            int w = spaceBack(b, copied);
            if (w < b) {
                copyTo(w);
                skipTo(b);
                changed = true;
            }
        }

        /** True when the tag or expression at b whose closing braces start at e ends with {@code -}. */
        private boolean trimsRight(int b, int e) {
            return e - 1 > b + 2 && text.charAt(e - 1) == '-';
        }

        private boolean trimsLeft(int b) {
            return b + 2 < text.length() && text.charAt(b + 2) == '-';
        }

        /** Where the whitespace run ending at b starts, not before limit. */
        private int spaceBack(int b, int limit) {
            while (b > limit && isLiquidSpace(text.charAt(b - 1))) {
                b--;
            }
            return b;
        }

        /** Where the whitespace run starting at e ends, not after to. */
        private int spaceForward(int e, int to) {
            while (e < to && isLiquidSpace(text.charAt(e))) {
                e++;
            }
            return e;
        }

        private int tag(int b, int e, int to) {
            String inner = LiquidExpression.strip(text.substring(b + 2, e));
            int space = firstSpace(inner);
            String name = space < 0 ? inner : inner.substring(0, space);
            String args = space < 0 ? "" : inner.substring(space).strip();
            int end = e + 2;
            if (TRIMMING.contains(name)) {
                trimBefore(b);
                if (trimsRight(b, e)) {
                    end = spaceForward(end, to);
                }
            }
            return switch (name) {
                case "raw" -> block(b, end, "endraw", true);
                case "comment" -> block(b, end, "endcomment", false);
                case "highlight" -> highlight(b, end, args);
                case "cycle" -> cycle(b, end, args);
                case "post_url" -> link(b, end, "post_url", args, context.links().postUrl(args));
                case "link" -> link(b, end, "link", args, context.links().link(args));
                case "include", "include_relative" -> include(b, end, name, args);
                case "assign" -> assign(b, end, args);
                case "capture" -> capture(b, end, to, args);
                case "if", "unless" -> ifBlock(b, end, to, name, args);
                case "case" -> caseBlock(b, end, to, args);
                case "for" -> forBlock(b, end, to, args);
                case "tablerow" -> tablerow(b, end, to, args);
                case "break", "continue" -> {
                    replace(b, end, "");
                    if (!loops.isEmpty()) {
                        interrupt = name.equals("break") ? 1 : 2;
                    }
                    yield end;
                }
                case "increment", "decrement" -> counter(b, end, name, args);
                default -> STRAY.contains(name)
                        ? error(b, end, "{% " + name + " %} has no opening tag before it; it is left out.")
                        : -1;
            };
        }

        // ------------------------------------------------------------ control flow

        private int assign(int b, int end, String args) {
            Matcher m = ASSIGN.matcher(args);
            if (!m.matches()) {
                return error(b, end, "{% assign " + args + " %} is not \"name = value\"; nothing was assigned.");
            }
            try {
                variables.put(m.group(1), LiquidExpression.chain(m.group(2).strip(), context, this));
            } catch (LiquidException ex) {
                return error(b, end, "{% assign " + args + " %}: " + ex.getMessage() + "; nothing was assigned.");
            }
            replace(b, end, "");
            return end;
        }

        private int counter(int b, int end, String name, String args) {
            String var = args.strip();
            long value = counters.get(var) instanceof Long l ? l : 0L;
            long shown = name.equals("increment") ? value : value - 1;
            counters.put(var, name.equals("increment") ? value + 1 : value - 1);
            replace(b, end, Long.toString(shown));
            return end;
        }

        private int capture(int b, int end, int to, String args) {
            String var = args.strip();
            if (var.length() >= 2 && (var.charAt(0) == '"' || var.charAt(0) == '\'')) {
                var = var.substring(1, var.length() - 1);
            }
            List<Tag> parts = structure(end, to, Set.of(), "endcapture");
            if (parts == null) {
                return unclosed(b, end, "capture", "endcapture");
            }
            if (var.isEmpty()) {
                return error(b, parts.get(0).end(), "{% capture %} names no variable; its content is left out.");
            }
            Tag close = parts.get(0);
            copyTo(b);
            unalign();
            variables.put(var, renderAside(end, close.start()));
            replace(b, close.end(), "");
            return close.end();
        }

        /**
         * {@code {% tablerow item in items cols: N limit: L offset: O %}}: Liquid's table rows and
         * cells ({@code <tr class="rowN">}, {@code <td class="colN">}), with {@code tablerowloop}.
         * Everything it writes maps to the tag's line.
         */
        private int tablerow(int b, int end, int to, String args) {
            List<Tag> parts = structure(end, to, Set.of(), "endtablerow");
            if (parts == null) {
                return unclosed(b, end, "tablerow", "endtablerow");
            }
            Tag close = parts.get(0);
            Matcher m = FOR.matcher(args);
            List<Object> items;
            long cols = 0;
            try {
                if (!m.matches()) {
                    throw new LiquidException("it is not \"item in collection\"");
                }
                long limit = -1;
                long offset = 0;
                Matcher option = TABLEROW_OPTION.matcher(m.group(2));
                StringBuilder collection = new StringBuilder();
                while (option.find()) {
                    long v = LiquidExpression.integer(LiquidExpression.value(option.group(2), this));
                    switch (option.group(1)) {
                        case "cols" -> cols = v;
                        case "limit" -> limit = v;
                        default -> offset = v;
                    }
                    option.appendReplacement(collection, "");
                }
                option.appendTail(collection);
                List<String> words = LiquidExpression.words(collection.toString());
                if (words.isEmpty()) {
                    throw new LiquidException("the collection is missing");
                }
                items = LiquidExpression.list(LiquidExpression.value(words.get(0), this));
                int from = (int) Math.min(items.size(), Math.max(0, offset));
                int until = limit < 0 ? items.size() : (int) Math.min(items.size(), from + Math.max(0, limit));
                items = new ArrayList<>(items.subList(from, until));
            } catch (LiquidException ex) {
                return error(b, close.end(), "{% tablerow " + args + " %}: " + ex.getMessage()
                        + "; the whole table is left out.");
            }
            copyTo(b);
            unalign();
            StringBuilder table = new StringBuilder("<tr class=\"row1\">\n");
            Map<String, Object> frame = new HashMap<>();
            loops.push(frame);
            int n = Math.min(items.size(), MAX_ITERATIONS);
            long col = 1;
            long row = 1;
            for (int i = 0; i < n && table.length() < MAX_OUTPUT; i++) {
                boolean colLast = col == cols;
                frame.put(m.group(1), items.get(i));
                frame.put("tablerowloop", LiquidExpression.map("index", (long) i + 1, "index0", (long) i,
                        "rindex", (long) (items.size() - i), "rindex0", (long) (items.size() - i - 1),
                        "first", i == 0, "last", i == items.size() - 1, "length", (long) items.size(),
                        "col", col, "col0", col - 1, "col_first", col == 1, "col_last", colLast, "row", row));
                String cell = renderAside(end, close.start());
                interrupt = 0;
                table.append("<td class=\"col").append(col).append("\">").append(cell).append("</td>");
                if (colLast && i < items.size() - 1) {
                    row++;
                    table.append("</tr>\n<tr class=\"row").append(row).append("\">");
                }
                col = colLast ? 1 : col + 1;
            }
            table.append("</tr>\n");
            loops.pop();
            replace(b, close.end(), table.toString(), true);
            return close.end();
        }

        /**
         * Renders [from, to) into a buffer of its own and returns it (capture, a table cell); the
         * output written so far, its line records and the copy position are as before afterwards.
         */
        private String renderAside(int from, int to) {
            StringBuilder outer = out;
            int[] outerBreaks = breaks;
            int outerCount = breakCount;
            int outerCopied = copied;
            int line = sourceLine;
            out = new StringBuilder();
            breaks = new int[16];
            breakCount = 0;
            copied = from;
            try {
                render(from, to);
                return out.toString();
            } finally {
                out = outer;
                breaks = outerBreaks;
                breakCount = outerCount;
                copied = outerCopied;
                sourceLine = line;
            }
        }

        private int ifBlock(int b, int end, int to, String name, String args) {
            String endName = "end" + name;
            List<Tag> parts = structure(end, to, Set.of("elsif", "else"), endName);
            if (parts == null) {
                return unclosed(b, end, name, endName);
            }
            List<Tag> heads = new ArrayList<>();
            heads.add(new Tag(b, end, name, args));
            heads.addAll(parts);
            int chosen = -1;
            try {
                for (int i = 0; i < heads.size() - 1 && chosen < 0; i++) {
                    Tag t = heads.get(i);
                    boolean hit = switch (t.name()) {
                        case "else" -> true;
                        case "unless" -> !LiquidExpression.condition(t.args(), this);
                        default -> LiquidExpression.condition(t.args(), this);
                    };
                    chosen = hit ? i : -1;
                }
            } catch (LiquidException ex) {
                return error(b, heads.get(heads.size() - 1).end(),
                        "{% " + name + " " + args + " %}: " + ex.getMessage() + "; the whole block is left out.");
            }
            return branches(b, heads, chosen < 0 ? new int[0] : new int[] {chosen});
        }

        private int caseBlock(int b, int end, int to, String args) {
            List<Tag> parts = structure(end, to, Set.of("when", "else"), "endcase");
            if (parts == null) {
                return unclosed(b, end, "case", "endcase");
            }
            List<Tag> heads = new ArrayList<>();
            heads.add(new Tag(b, end, "case", args));
            heads.addAll(parts);
            List<Integer> chosen = new ArrayList<>();
            try {
                Object value = LiquidExpression.chain(args, context, this);
                boolean matched = false;
                for (int i = 1; i < heads.size() - 1; i++) {
                    Tag t = heads.get(i);
                    if (t.name().equals("else")) {
                        if (!matched) {
                            chosen.add(i);
                        }
                        continue;
                    }
                    for (String option : t.args().split("\\s*,\\s*|\\s+or\\s+")) {
                        if (!option.isBlank() && LiquidExpression.equal(value,
                                LiquidExpression.value(option.strip(), this), option.strip())) {
                            chosen.add(i);
                            matched = true;
                            break;
                        }
                    }
                }
            } catch (LiquidException ex) {
                return error(b, heads.get(heads.size() - 1).end(),
                        "{% case " + args + " %}: " + ex.getMessage() + "; the whole block is left out.");
            }
            return branches(b, heads, chosen.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Renders the chosen parts (in order) of a block whose tags are {@code heads}; the rest goes. */
        private int branches(int b, List<Tag> heads, int[] chosen) {
            copyTo(b);
            unalign();
            for (int i : chosen) {
                Tag head = heads.get(i);
                skipTo(head.end());
                changed = true;
                render(head.end(), heads.get(i + 1).start());
                if (interrupt != 0) {
                    break;
                }
            }
            Tag close = heads.get(heads.size() - 1);
            skipTo(close.end());
            changed = true;
            return close.end();
        }

        private int forBlock(int b, int end, int to, String args) {
            List<Tag> parts = structure(end, to, Set.of("else"), "endfor");
            if (parts == null) {
                return unclosed(b, end, "for", "endfor");
            }
            Tag close = parts.get(parts.size() - 1);
            Tag elseTag = parts.size() > 1 ? parts.get(0) : null;
            int bodyEnd = elseTag != null ? elseTag.start() : close.start();
            Matcher m = FOR.matcher(args);
            List<Object> items;
            try {
                if (!m.matches()) {
                    throw new LiquidException("it is not \"item in collection\"");
                }
                String rest = m.group(2).strip();
                long limit = -1;
                long offset = 0;
                Matcher option = FOR_OPTION.matcher(rest);
                StringBuilder collection = new StringBuilder();
                while (option.find()) {
                    long v = LiquidExpression.integer(LiquidExpression.value(option.group(2), this));
                    if (option.group(1).equals("limit")) {
                        limit = v;
                    } else {
                        offset = v;
                    }
                    option.appendReplacement(collection, "");
                }
                option.appendTail(collection);
                // Liquid reads "reversed" only right after the collection
                List<String> words = LiquidExpression.words(collection.toString());
                if (words.isEmpty()) {
                    throw new LiquidException("the collection is missing");
                }
                List<String> written = LiquidExpression.words(rest);
                boolean reverse = written.size() > 1 && written.get(1).equals("reversed");
                String source = words.get(0);
                items = LiquidExpression.list(LiquidExpression.value(source, this));
                int from = (int) Math.min(items.size(), Math.max(0, offset));
                int until = limit < 0 ? items.size() : (int) Math.min(items.size(), from + limit);
                items = new ArrayList<>(items.subList(from, until));
                if (reverse) {
                    java.util.Collections.reverse(items);
                }
            } catch (LiquidException ex) {
                return error(b, close.end(), "{% for " + args + " %}: " + ex.getMessage()
                        + "; the whole loop is left out.");
            }
            copyTo(b);
            unalign();
            changed = true;
            if (items.isEmpty()) {
                if (elseTag != null) {
                    skipTo(elseTag.end());
                    render(elseTag.end(), close.start());
                }
                skipTo(close.end());
                return close.end();
            }
            skipTo(end);
            int bodyLine = sourceLine;
            int outerAnchor = anchor;
            int firstBreak = breakCount;
            anchor = anchor >= 0 ? anchor : lineOf(b, bodyLine);
            Map<String, Object> frame = new HashMap<>();
            loops.push(frame);
            int n = Math.min(items.size(), MAX_ITERATIONS);
            for (int i = 0; i < n; i++) {
                frame.put(m.group(1), items.get(i));
                frame.put("forloop", LiquidExpression.map("index", (long) i + 1, "index0", (long) i,
                        "rindex", (long) (items.size() - i), "rindex0", (long) (items.size() - i - 1),
                        "first", i == 0, "last", i == items.size() - 1, "length", (long) items.size(),
                        "name", m.group(1) + "-" + m.group(2).strip()));
                copied = end;
                sourceLine = bodyLine;
                render(end, bodyEnd);
                if (interrupt == 1) {
                    interrupt = 0;
                    break;
                }
                interrupt = 0;
                if (out.length() > MAX_OUTPUT) {
                    notes.add("A {% for %} loop made more text than the preview shows; it was cut short.");
                    break;
                }
            }
            if (items.size() > MAX_ITERATIONS) {
                notes.add("A {% for %} loop runs " + items.size() + " times; the preview shows the first "
                        + MAX_ITERATIONS + ".");
            }
            loops.pop();
            anchor = outerAnchor;
            copied = end;
            sourceLine = bodyLine;
            skipTo(close.end());
            if (anchor < 0 && breakCount > firstBreak) {
                breaks[breakCount - 1] = sourceLine; // the line after the loop is the endfor's line
            }
            return close.end();
        }

        /** The source line of position {@code b}, knowing {@code line} is the line of {@code copied} >= b. */
        private int lineOf(int b, int line) {
            return line - lineBreaks(text, b, copied);
        }

        /**
         * The middle tags (names in {@code middles}) at this block's depth and its end tag, from
         * {@code from}; null when the end is not found before {@code to}. Nested blocks are
         * skipped; raw, comment and highlight contents are not read.
         */
        private List<Tag> structure(int from, int to, Set<String> middles, String endName) {
            int last = lastEndTag.computeIfAbsent(endName, text::lastIndexOf);
            if (last < from) {
                return null; // no end tag at all: no scan (many unclosed tags stay linear)
            }
            List<Tag> found = new ArrayList<>();
            Deque<String> open = new ArrayDeque<>();
            int i = from;
            while (true) {
                int[] tag = nextTag(i, to);
                if (tag == null) {
                    return null;
                }
                int b = tag[0];
                int e = tag[1];
                String inner = LiquidExpression.strip(text.substring(b + 2, e));
                int space = firstSpace(inner);
                String name = space < 0 ? inner : inner.substring(0, space);
                i = e + 2;
                if (LITERAL_BLOCKS.contains(name)) {
                    int[] close = findTag(e + 2, to, "end" + name);
                    if (close != null) {
                        i = close[1];
                    }
                } else if (BLOCKS.contains(name)) {
                    open.push("end" + name);
                } else if (name.startsWith("end") && !open.isEmpty()) {
                    if (!open.peek().equals(name)) {
                        return null;
                    }
                    open.pop();
                } else if (open.isEmpty() && (name.equals(endName) || middles.contains(name))) {
                    // whitespace control widens the tag over the whitespace it removes
                    int limit = found.isEmpty() ? from : found.get(found.size() - 1).end();
                    int start = trimsLeft(b) ? spaceBack(b, limit) : b;
                    int end = trimsRight(b, e) ? spaceForward(e + 2, to) : e + 2;
                    if (name.equals(endName)) {
                        found.add(new Tag(start, end, name, ""));
                        return found;
                    }
                    found.add(new Tag(start, end, name, space < 0 ? "" : inner.substring(space).strip()));
                }
            }
        }

        private int unclosed(int b, int end, String name, String endName) {
            return error(b, end, "{% " + name + " %} is never closed with {% " + endName
                    + " %}; the text after it is shown as if the tag were not there.");
        }

        /** Replaces [b, end) with a visible error sentence, notes it, and continues after it. */
        private int error(int b, int end, String message) {
            unalign(); // from here lines are counted as the text is copied, not from the start each time
            int line = sourceLine + lineBreaks(text, copied, b);
            notes.add("Liquid error on line " + (line + 1) + ": " + message);
            replace(b, end, "<span class=\"" + ERROR_CLASS + "\">Liquid error: " + UrlText.escapeHtml(message)
                    + "</span>");
            return end;
        }

        // ------------------------------------------------------------ literal tags

        /** raw (keep content) or comment (drop content, keep its line breaks). */
        private int block(int b, int tagEnd, String endName, boolean keep) {
            int[] close = findTag(tagEnd, text.length(), endName);
            if (close == null) {
                notes.add("A {% " + endName.substring(3) + " %} tag is never closed, so it is shown as written.");
                return -1;
            }
            int closeEnd = close[1];
            if (!keep && trimsRight(close[0], close[1] - 2)) {
                closeEnd = spaceForward(closeEnd, text.length());
            }
            replace(b, closeEnd, keep ? text.substring(tagEnd, close[0]) : "");
            return closeEnd;
        }

        private int highlight(int b, int tagEnd, String args) {
            int[] close = findTag(tagEnd, text.length(), "endhighlight");
            if (close == null || !aloneOnLine(b, tagEnd) || !aloneOnLine(close[0], close[1])) {
                return -1; // shown as written; the content still gets no Liquid, like Jekyll
            }
            String content = text.substring(tagEnd, close[0]);
            String lang = args.isEmpty() ? "" : args.split("\\s+")[0];
            String fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
            replace(b, close[1], fence + lang + content + fence);
            return close[1];
        }

        private int link(int b, int end, String kind, String args, Optional<String> url) {
            String target = url.orElseGet(() -> BROKEN_SCHEME + kind + "/" + UrlText.encodeLoosely(args));
            replace(b, end, target);
            return end;
        }

        /**
         * {@code {% include FILE key=value ... %}} from the blog's {@code _includes/} and
         * {@code {% include_relative FILE %}} from the post's folder, rendered with Liquid here (they
         * see and set this text's variables, and {@code include.key}); a file that cannot be read
         * leaves a visible placeholder. Every line it makes maps to the tag's line.
         */
        private int include(int b, int end, String name, String args) {
            int nameEnd = 0;
            while (nameEnd < args.length() && !Character.isWhitespace(args.charAt(nameEnd))) {
                if (args.startsWith("{{", nameEnd)) {
                    int close = args.indexOf("}}", nameEnd + 2);
                    nameEnd = close < 0 ? args.length() : close + 2;
                } else {
                    nameEnd++;
                }
            }
            String file = args.substring(0, nameEnd);
            String params = args.substring(nameEnd);
            if (file.contains("{{")) {
                StringBuilder resolved = new StringBuilder();
                int i = 0;
                while (i < file.length()) {
                    int open = file.indexOf("{{", i);
                    int close = open < 0 ? -1 : file.indexOf("}}", open + 2);
                    if (close < 0) {
                        resolved.append(file, i, file.length());
                        break;
                    }
                    resolved.append(file, i, open);
                    Optional<String> v = LiquidExpression.evaluate(file.substring(open + 2, close), context, this);
                    if (v.isEmpty()) {
                        return placeholder(b, end, name, args, "its file name " + file + " could not be read");
                    }
                    resolved.append(v.get().strip());
                    i = close + 2;
                }
                file = resolved.toString();
            }
            if (file.isEmpty()) {
                return error(b, end, "{% " + name + " %} names no file; nothing was included.");
            }
            if (!INCLUDE_NAME.matcher(file).matches() || file.startsWith("/") || file.contains("..")
                    || file.contains("./") || file.contains("//")) {
                return error(b, end, "{% " + name + " " + file + " %}: the file name has characters or a path "
                        + "Jekyll refuses (.., ./, // or a leading /); nothing was included.");
            }
            String path;
            if (name.equals("include")) {
                Object dir = context.site().get("includes_dir");
                String includes = dir instanceof String d && !d.isBlank() ? d.strip() : "_includes";
                path = includes.replaceAll("^/+|/+$", "") + "/" + file;
            } else {
                Object page = context.page().get("path");
                if (!(page instanceof String p) || p.isBlank()) {
                    return placeholder(b, end, name, args, "the post is not saved in the blog yet, so "
                            + file + " has no folder to be read from");
                }
                int slash = p.lastIndexOf('/');
                path = (slash < 0 ? "" : p.substring(0, slash + 1)) + file;
            }
            if (including.contains(path)) {
                return error(b, end, "{% " + name + " " + file + " %} includes itself through " + path
                        + "; it is included once.");
            }
            if (including.size() >= MAX_INCLUDE_DEPTH) {
                return error(b, end, "{% " + name + " " + file + " %} is nested more than " + MAX_INCLUDE_DEPTH
                        + " includes deep; it is left out.");
            }
            Optional<String> source = context.links().include(path);
            if (source.isEmpty()) {
                return placeholder(b, end, name, args, name.equals("include")
                        ? file + " is not in the blog's " + path.substring(0, path.length() - file.length())
                                + " folder"
                        : path + " is not in the blog");
            }
            Map<String, Object> values = new java.util.LinkedHashMap<>();
            Matcher p = INCLUDE_PARAM.matcher(params);
            try {
                while (p.find()) {
                    Object v = p.group(2) != null ? p.group(2).replace("\\\"", "\"")
                            : p.group(3) != null ? p.group(3).replace("\\'", "'")
                            : LiquidExpression.value(p.group(4), this);
                    values.put(p.group(1), v);
                }
            } catch (LiquidException ex) {
                return error(b, end, "{% " + name + " " + args + " %}: " + ex.getMessage() + "; nothing was included.");
            }
            int line = aligned ? lineBreaks(text, 0, b) : sourceLine + lineBreaks(text, copied, b);
            Run inner = new Run(source.get(), this);
            boolean framed = !values.isEmpty();
            if (framed) {
                loops.push(Map.of("include", values));
            }
            including.add(path);
            String rendered;
            try {
                inner.scan(0, inner.text.length());
                inner.copyTo(inner.text.length());
                rendered = inner.changed ? inner.out.toString() : inner.text;
            } finally {
                including.remove(including.size() - 1);
                if (framed) {
                    loops.pop();
                }
            }
            for (String note : inner.notes) {
                notes.add("In " + path + " (included on line " + (line + 1) + "): " + note);
            }
            replace(b, end, rendered, true);
            return end;
        }

        private int placeholder(int b, int end, String name, String args, String why) {
            String label = UrlText.escapeHtml(name + " " + args.replaceAll("\\s+", " "));
            replace(b, end, "<span class=\"pd-include\" title=\"Jekyll include: " + UrlText.escapeHtml(why)
                    + "\">" + label + "</span>");
            return end;
        }

        /** {@code {% cycle 'a', 'b' %}} or {@code {% cycle 'group': 'a', 'b' %}}: the next value each time. */
        private int cycle(int b, int end, String args) {
            String key = args;
            String list = args;
            List<String> groupSplit = LiquidExpression.split(args, ':');
            if (groupSplit.size() == 2) {
                key = groupSplit.get(0).strip();
                list = groupSplit.get(1);
            }
            List<String> items = LiquidExpression.split(list, ',');
            try {
                if (groupSplit.size() == 2) {
                    key = LiquidExpression.asText(LiquidExpression.value(key, this));
                }
                int at = cycles.getOrDefault(key, 0);
                Object v = LiquidExpression.value(items.get(at % items.size()).strip(), this);
                cycles.put(key, (at + 1) % items.size());
                replace(b, end, LiquidExpression.asText(v));
            } catch (LiquidException ex) {
                return error(b, end, "{% cycle " + args + " %}: " + ex.getMessage() + "; nothing is shown.");
            }
            return end;
        }

        /** Finds {@code {% name %}} in [from, to): {start, end} or null. */
        private int[] findTag(int from, int to, String name) {
            int i = from;
            while (true) {
                int[] tag = nextTag(i, to);
                if (tag == null) {
                    return null;
                }
                if (LiquidExpression.strip(text.substring(tag[0] + 2, tag[1])).equals(name)) {
                    return new int[] {tag[0], tag[1] + 2};
                }
                i = tag[0] + 2;
            }
        }

        /** The next whole {@code {% ... %}} in [from, to): {where "{%" starts, where "%}" starts}, or null. */
        private int[] nextTag(int from, int to) {
            int b = text.indexOf("{%", from);
            if (b < 0 || b >= to) {
                return null;
            }
            int e = text.indexOf("%}", b + 2);
            return e < 0 || e + 2 > to ? null : new int[] {b, e};
        }

        /** True when only spaces or tabs surround [start, end) on its line. */
        private boolean aloneOnLine(int start, int end) {
            for (int i = start - 1; i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i--) {
                if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                    return false;
                }
            }
            for (int i = end; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
                if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                    return false;
                }
            }
            return true;
        }

        // ------------------------------------------------------------ output and lines

        /** Writes source [copied, pos) as it is. */
        private void copyTo(int pos) {
            if (pos <= copied) {
                return;
            }
            out.append(text, copied, pos);
            if (aligned) {
                copied = pos;
                return;
            }
            for (int i = copied; i < pos; i++) {
                if (isBreak(text, i)) {
                    sourceLine++;
                    addBreak(anchor >= 0 ? anchor : sourceLine);
                }
            }
            copied = pos;
        }

        /** Drops source [copied, pos) from the output. */
        private void skipTo(int pos) {
            if (pos <= copied) {
                return;
            }
            unalign();
            sourceLine += lineBreaks(text, copied, pos);
            copied = pos;
        }

        /** Writes source up to {@code start}, then {@code replacement} for source [start, end). */
        private void replace(int start, int end, String replacement) {
            replace(start, end, replacement, false);
        }

        /**
         * As {@link #replace(int, int, String)}; with {@code collapse}, the replacement's lines all map
         * to the first source line even when it has as many lines as the source.
         */
        private void replace(int start, int end, String replacement, boolean collapse) {
            copyTo(start);
            changed = true;
            out.append(replacement);
            int k = lineBreaks(replacement, 0, replacement.length());
            int m = lineBreaks(text, start, end);
            boolean lineForLine = k == m && !(collapse && k > 0);
            if (aligned && lineForLine && anchor < 0) {
                copied = end;
                return;
            }
            unalign();
            for (int j = 1; j <= k; j++) {
                addBreak(anchor >= 0 ? anchor : lineForLine ? sourceLine + j : j == k ? sourceLine + m : sourceLine);
            }
            sourceLine += m;
            copied = end;
        }

        /** Starts recording lines: until {@code copied}, output lines were the source lines. */
        private void unalign() {
            if (!aligned) {
                return;
            }
            aligned = false;
            // the output written so far has as many line breaks as the source up to copied
            int lines = lineBreaks(text, 0, copied);
            breaks = new int[Math.max(64, lines * 2)];
            for (int i = 0; i < lines; i++) {
                breaks[i] = i + 1;
            }
            breakCount = lines;
            sourceLine = lines;
        }

        private void addBreak(int line) {
            if (breakCount == breaks.length) {
                breaks = Arrays.copyOf(breaks, breaks.length * 2);
            }
            breaks[breakCount++] = line;
        }
    }

    /** Whitespace as Liquid's whitespace control removes it (Ruby's strip). */
    private static boolean isLiquidSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** True when a line break ends at {@code i}: {@code \n}, or {@code \r} not followed by {@code \n}. */
    private static boolean isBreak(String s, int i) {
        char c = s.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'));
    }

    static int lineBreaks(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (isBreak(s, i)) {
                n++;
            }
        }
        return n;
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int longestBacktickRun(String s) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
