package org.postdesk.core.frontmatter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259, as Go's encoding/json and JavaScript's JSON.parse read it)
 * that keeps where each top-level member is written. Values come out as String, Boolean,
 * Long, BigInteger, Double, null, List and Map (the last of duplicate keys wins, as in both
 * generators). No recursion: nesting depth is bounded by a counter, so hostile input gives a
 * problem, never a stack overflow. See docs/decisions/0037.
 */
final class JsonReader {
    /** Deeper than this is an accident or an attack; the generators' own readers stop near here too. */
    static final int MAX_DEPTH = 1000;

    /**
     * One top-level member.
     *
     * @param keyStart   where the key's opening quote is
     * @param valueStart where the value's text starts
     * @param valueEnd   just after the value's text
     */
    record Member(String key, int keyStart, int valueStart, int valueEnd, Object value) {
    }

    /** The members in file order, or the problem; {@code close} is the index of the closing brace (or the text's end). */
    record Result(List<Member> members, YamlProblem problem, int close) {
    }

    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * Reads {@code text}: a whole object when {@code braces}, else the members alone (Hexo's
     * {@code ;;;} form is read as {@code "{" + text + "}"}).
     */
    static Result read(String text, boolean braces) {
        JsonReader r = new JsonReader(text);
        try {
            return r.readTop(braces);
        } catch (Stop stop) {
            int[] lc = TextLines.lineAndColumn(text, stop.at);
            return new Result(List.of(), new YamlProblem(lc[0], lc[1], stop.getMessage()), -1);
        }
    }

    /** One value given alone (for {@code set KEY=VALUE}); null when it is not JSON. */
    static Object valueOrNull(String text) {
        JsonReader r = new JsonReader(text);
        try {
            r.skipBlank();
            Object v = r.value();
            r.skipBlank();
            return r.pos == text.length() ? new Holder(v) : null;
        } catch (Stop stop) {
            return null;
        }
    }

    /** A parsed value (null included) as opposed to "not JSON". */
    record Holder(Object value) {
    }

    private Result readTop(boolean braces) {
        skipBlank();
        if (braces) {
            expect('{', "The JSON front matter must start with {");
            skipBlank();
        }
        List<Member> members = new ArrayList<>();
        boolean first = true;
        while (true) {
            if (braces ? peek() == '}' && first : atEnd() && first) {
                break;
            }
            if (!first) {
                if (braces && peek() == '}') {
                    break;
                }
                if (!braces && atEnd()) {
                    break;
                }
                expect(',', braces ? "Expected a comma or a closing } here" : "Expected a comma between two members here");
                skipBlank();
            }
            if (peek() != '"') {
                throw new Stop(pos, "Expected a key in double quotes here");
            }
            int keyStart = pos;
            String key = string();
            skipBlank();
            expect(':', "Expected a colon after the key \"" + key + "\"");
            skipBlank();
            int valueStart = pos;
            Object value = value();
            members.add(new Member(key, keyStart, valueStart, pos, value));
            skipBlank();
            first = false;
        }
        int close = pos;
        if (braces) {
            expect('}', "Expected a closing }");
            skipBlank();
        }
        if (!atEnd()) {
            throw new Stop(pos, "There is more text after the end of the JSON object");
        }
        return new Result(List.copyOf(members), null, braces ? close : text.length());
    }

    /** One value, iteratively: containers are built on an explicit stack. */
    private Object value() {
        List<Object> stack = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Object result;
        while (true) {
            Object done = null;
            boolean haveValue = false;
            char c = peek();
            if (c == '[' || c == '{') {
                if (stack.size() >= MAX_DEPTH) {
                    throw new Stop(pos, "The JSON is nested more than " + MAX_DEPTH + " levels deep");
                }
                pos++;
                skipBlank();
                if (c == '[') {
                    stack.add(new ArrayList<>());
                    keys.add(null);
                    if (peek() == ']') {
                        pos++;
                        done = Collections.unmodifiableList((List<?>) stack.remove(stack.size() - 1));
                        keys.remove(keys.size() - 1);
                        haveValue = true;
                    }
                } else {
                    stack.add(new LinkedHashMap<String, Object>());
                    if (peek() == '}') {
                        pos++;
                        keys.add(null);
                        done = Collections.unmodifiableMap((Map<?, ?>) stack.remove(stack.size() - 1));
                        keys.remove(keys.size() - 1);
                        haveValue = true;
                    } else {
                        keys.add(memberKey());
                    }
                }
                if (!haveValue) {
                    continue;
                }
            } else {
                done = scalar();
                haveValue = true;
            }
            // attach done to the innermost open container, closing containers as they end
            while (true) {
                if (stack.isEmpty()) {
                    result = done;
                    return result;
                }
                Object top = stack.get(stack.size() - 1);
                if (top instanceof List<?>) {
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) top;
                    list.add(done);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) top;
                    String k = keys.get(keys.size() - 1);
                    map.remove(k);
                    map.put(k, done);
                }
                skipBlank();
                char close = top instanceof List<?> ? ']' : '}';
                if (peek() == ',') {
                    pos++;
                    skipBlank();
                    if (!(top instanceof List<?>)) {
                        keys.set(keys.size() - 1, memberKey());
                    }
                    break;
                }
                expect(close, "Expected a comma or a closing " + close + " here");
                stack.remove(stack.size() - 1);
                keys.remove(keys.size() - 1);
                done = top instanceof List<?> l ? Collections.unmodifiableList(l) : Collections.unmodifiableMap((Map<?, ?>) top);
            }
        }
    }

    private String memberKey() {
        if (peek() != '"') {
            throw new Stop(pos, "Expected a key in double quotes here");
        }
        String k = string();
        skipBlank();
        expect(':', "Expected a colon after the key \"" + k + "\"");
        skipBlank();
        return k;
    }

    private Object scalar() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (text.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (text.startsWith("null", pos)) {
            pos += 4;
            return null;
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return number();
        }
        throw new Stop(pos, atEnd() ? "The JSON ends where a value was expected"
                : "Expected a value here (text in double quotes, a number, true, false, null, [ or {)");
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (peek() >= '1' && peek() <= '9') {
            digits();
        } else {
            throw new Stop(pos, "Expected a digit here");
        }
        boolean fraction = false;
        if (peek() == '.') {
            pos++;
            fraction = true;
            if (!(peek() >= '0' && peek() <= '9')) {
                throw new Stop(pos, "Expected a digit after the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            fraction = true;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!(peek() >= '0' && peek() <= '9')) {
                throw new Stop(pos, "Expected a digit in the exponent");
            }
            digits();
        }
        String n = text.substring(start, pos);
        if (!fraction) {
            BigInteger big = new BigInteger(n);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        return new BigDecimal(n).doubleValue();
    }

    private void digits() {
        while (peek() >= '0' && peek() <= '9') {
            pos++;
        }
    }

    private String string() {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw new Stop(start, "This text in double quotes is never closed");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw new Stop(pos - 1, "A line break or control character cannot stand inside a JSON string (write \\n)");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (atEnd()) {
                throw new Stop(start, "This text in double quotes is never closed");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                        throw new Stop(pos - 2, "\\u must be followed by four hexadecimal digits");
                    }
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new Stop(pos - 2, "\\" + e + " is not a JSON escape");
            }
        }
    }

    private void skipBlank() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private void expect(char c, String message) {
        if (peek() != c) {
            throw new Stop(pos, message);
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    /** Where and why reading stopped (never leaves this class). */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int at;

        Stop(int at, String message) {
            super(message + ".", null, false, false);
            this.at = at;
        }
    }
}
