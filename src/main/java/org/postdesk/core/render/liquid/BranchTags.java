package org.postdesk.core.render.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code if}/{@code elsif}/{@code else}, {@code unless} and {@code case}/{@code when}: the chosen branch renders, the rest goes. */
final class BranchTags {

    private BranchTags() {
    }

    static int ifBlock(Render r, int b, int end, int to, String name, String args) {
        String endName = "end" + name;
        List<Tag> parts = r.structure(b, end, to, Set.of("elsif", "else"), endName);
        if (parts == null) {
            return r.unclosed(b, end, name, endName);
        }
        List<Tag> heads = new ArrayList<>();
        heads.add(new Tag(b, end, name, args));
        heads.addAll(parts);
        int deep = r.tooDeep(b, heads.get(heads.size() - 1).end(), name);
        if (deep >= 0) {
            return deep;
        }
        int chosen = -1;
        try {
            for (int i = 0; i < heads.size() - 1 && chosen < 0; i++) {
                Tag t = heads.get(i);
                boolean hit = switch (t.name()) {
                    case "else" -> true;
                    case "unless" -> !Expressions.condition(t.args(), r.session);
                    default -> Expressions.condition(t.args(), r.session);
                };
                chosen = hit ? i : -1;
            }
        } catch (LiquidException ex) {
            return r.error(b, heads.get(heads.size() - 1).end(),
                    "{% " + name + " " + args + " %}: " + ex.getMessage() + "; the whole block is left out.");
        }
        return branches(r, b, heads, chosen < 0 ? new int[0] : new int[] {chosen});
    }

    static int caseBlock(Render r, int b, int end, int to, String args) {
        List<Tag> parts = r.structure(b, end, to, Set.of("when", "else"), "endcase");
        if (parts == null) {
            return r.unclosed(b, end, "case", "endcase");
        }
        List<Tag> heads = new ArrayList<>();
        heads.add(new Tag(b, end, "case", args));
        heads.addAll(parts);
        int deep = r.tooDeep(b, heads.get(heads.size() - 1).end(), "case");
        if (deep >= 0) {
            return deep;
        }
        List<Integer> chosen = new ArrayList<>();
        try {
            Object value = Expressions.chain(args, r.context, r.session);
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
                    if (!option.isBlank() && Values.equal(value,
                            Expressions.value(option.strip(), r.session), option.strip())) {
                        chosen.add(i);
                        matched = true;
                        break;
                    }
                }
            }
        } catch (LiquidException ex) {
            return r.error(b, heads.get(heads.size() - 1).end(),
                    "{% case " + args + " %}: " + ex.getMessage() + "; the whole block is left out.");
        }
        return branches(r, b, heads, chosen.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Renders the chosen parts (in order) of a block whose tags are {@code heads}; the rest goes. */
    private static int branches(Render r, int b, List<Tag> heads, int[] chosen) {
        r.out.copyTo(b);
        r.out.unalign();
        r.session.enter();
        try {
            for (int i : chosen) {
                Tag head = heads.get(i);
                r.out.skipTo(head.end());
                r.out.markChanged();
                r.render(head.end(), heads.get(i + 1).start());
                if (r.interrupt != Interrupt.NONE) {
                    break;
                }
            }
        } finally {
            r.session.leave();
        }
        Tag close = heads.get(heads.size() - 1);
        r.out.skipTo(close.end());
        r.out.markChanged();
        return close.end();
    }
}
