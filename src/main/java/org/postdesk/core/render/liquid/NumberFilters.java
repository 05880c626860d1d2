package org.postdesk.core.render.liquid;

import java.util.Map;
import org.postdesk.core.render.liquid.FilterTable.Filter;

/** Liquid's arithmetic: whole numbers stay whole (floored division), a decimal on either side makes decimals. */
final class NumberFilters {

    private NumberFilters() {
    }

    static void register(Map<String, Filter> table) {
        for (String op : new String[] {"plus", "minus", "times", "divided_by", "modulo"}) {
            table.put(op, c -> arithmetic(op, c.input(), c.arg(0)));
        }
    }

    private static Object arithmetic(String op, Object a, Object b) throws LiquidException {
        Number x = Values.number(a);
        Number y = Values.number(b);
        boolean integers = !(x instanceof Double) && !(y instanceof Double);
        if (integers) {
            long p = x.longValue();
            long q = y.longValue();
            return switch (op) {
                case "plus" -> p + q;
                case "minus" -> p - q;
                case "times" -> p * q;
                case "divided_by" -> {
                    if (q == 0) {
                        throw new LiquidException("divided by 0");
                    }
                    yield Math.floorDiv(p, q);
                }
                default -> {
                    if (q == 0) {
                        throw new LiquidException("divided by 0");
                    }
                    yield Math.floorMod(p, q);
                }
            };
        }
        double p = x.doubleValue();
        double q = y.doubleValue();
        return switch (op) {
            case "plus" -> p + q;
            case "minus" -> p - q;
            case "times" -> p * q;
            case "divided_by" -> p / q;
            default -> p % q;
        };
    }
}
