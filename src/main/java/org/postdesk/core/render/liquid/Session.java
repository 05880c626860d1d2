package org.postdesk.core.render.liquid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postdesk.core.render.TemplatePass;

/**
 * What one render shares with the files it includes: the variables (assigned, counters, cycles,
 * loop frames), the includes under way, and the limits that keep a preview from running away
 * (how deep blocks nest, how many loop passes and includes in all).
 */
final class Session implements Scope {

    final TemplatePass.Context context;
    final Map<String, Object> variables = new HashMap<>();
    final Map<String, Object> counters = new HashMap<>();
    final Map<String, Integer> cycles = new HashMap<>();
    final Deque<Map<String, Object>> loops = new ArrayDeque<>();
    /** The include files being rendered, outermost first. */
    final List<String> including = new ArrayList<>();
    /** How many blocks are being rendered inside each other now. */
    private int depth;
    private int passes;
    private int included;

    Session(TemplatePass.Context context) {
        this.context = context;
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
        Map<String, Object> groups = new LinkedHashMap<>();
        for (Map<String, Object> post : posts) {
            for (Object name : Values.list(post.get(key))) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) groups.computeIfAbsent(String.valueOf(name), k -> new ArrayList<>());
                list.add(post);
            }
        }
        return groups;
    }

    // ------------------------------------------------------------ limits

    /** True when one more block inside the ones being rendered would pass {@link LiquidLite#MAX_DEPTH}. */
    boolean tooDeep() {
        return depth >= LiquidLite.MAX_DEPTH;
    }

    void enter() {
        depth++;
    }

    void leave() {
        depth--;
    }

    /** Counts one loop pass; false once this render has made {@link LiquidLite#MAX_PASSES} of them. */
    boolean pass() {
        if (passes >= LiquidLite.MAX_PASSES) {
            return false;
        }
        passes++;
        return true;
    }

    /** True the first time the loop budget is found spent (so it is said once). */
    boolean firstOverrun() {
        if (passes == LiquidLite.MAX_PASSES) {
            passes++;
            return true;
        }
        return false;
    }

    /** Counts one included file; false once this render has included {@link LiquidLite#MAX_INCLUDES}. */
    boolean include() {
        if (included >= LiquidLite.MAX_INCLUDES) {
            return false;
        }
        included++;
        return true;
    }
}
