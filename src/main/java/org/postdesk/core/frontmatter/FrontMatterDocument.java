package org.postdesk.core.frontmatter;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The front-matter text of a post plus what it means. Edits replace the exact text span of
 * one value; every other character stays as it was. Immutable: each edit returns a new
 * document (the same instance when the edit changes nothing).
 *
 * <p>Meaning follows Jekyll: YAML 1.1 as Psych/SafeYAML read it, {@code tags}/{@code categories}
 * strings split on whitespace, {@code date} strings parsed as dates, the last of duplicate keys
 * wins, and a tab after a key's colon is accepted. See docs/decisions/0004.
 *
 * <p>TOML and JSON front matter (Hugo, Hexo) answer the same questions and take the same edits,
 * with the same promise: the value's text changes, nothing else (docs/decisions/0037).
 */
public final class FrontMatterDocument {
    private final String text;
    private final List<String> preferredKeyOrder;
    private final List<Entry> entries;
    private final Map<String, Entry> effective;
    private final YamlProblem problem;
    private final FrontMatterFormat format;
    /** Hexo's YAML: tabs that indent a line read as two spaces each (hexo-front-matter's escape). */
    private final boolean tabIndents;
    /** The TOML or JSON reading; null for YAML. */
    private final DataBlock block;
    /** The post this front matter belongs to, when known: edits must keep its fences where they are. */
    private final PostDocument post;

    private FrontMatterDocument(String text, List<String> preferredKeyOrder, FrontMatterFormat format,
            boolean tabIndents, PostDocument post) {
        this.text = text;
        this.post = post;
        this.preferredKeyOrder = preferredKeyOrder;
        this.format = format;
        this.tabIndents = tabIndents;
        if (format.language() != FrontMatterFormat.Language.YAML) {
            this.block = DataBlock.read(text, format);
            this.entries = List.of();
            this.problem = block.problem();
            this.effective = Map.of();
            return;
        }
        this.block = null;
        YamlReader.Result result = tabIndents ? TabIndents.read(text) : YamlReader.read(text);
        this.entries = result.entries();
        this.problem = result.problem();
        Map<String, Entry> last = new LinkedHashMap<>();
        for (Entry e : entries) {
            last.putIfAbsent(e.key(), e);
        }
        for (Entry e : entries) {
            last.put(e.key(), e);
        }
        this.effective = Collections.unmodifiableMap(last);
    }

    /** Parses front-matter text (the part between the fences). Never throws. */
    public static FrontMatterDocument parse(String text) {
        return parse(text, List.of());
    }

    /** As {@link #parse(String)}; new keys are placed following {@code preferredKeyOrder} (the blog's usual order). */
    public static FrontMatterDocument parse(String text, List<String> preferredKeyOrder) {
        return parse(text, FrontMatterFormat.YAML_DASHES, preferredKeyOrder);
    }

    /** Parses front-matter text written in {@code format}. Never throws. */
    public static FrontMatterDocument parse(String text, FrontMatterFormat format, List<String> preferredKeyOrder) {
        return new FrontMatterDocument(text, List.copyOf(preferredKeyOrder), format, false, null);
    }

    /**
     * The front matter of {@code post}, in its form (the site's first form when it has none yet),
     * read as the post's generator reads it (Hexo reads tabs that indent YAML lines as spaces).
     */
    public static FrontMatterDocument of(PostDocument post, List<String> preferredKeyOrder) {
        List<FrontMatterFormat> accepted = post.acceptedFormats();
        boolean hexo = accepted.contains(FrontMatterFormat.YAML_UNOPENED) || accepted.contains(FrontMatterFormat.JSON_SEMICOLONS);
        return new FrontMatterDocument(post.frontMatter(), List.copyOf(preferredKeyOrder), post.formatOrDefault(), hexo,
                post);
    }

    /** Other text read with this document's form, rules and key order. */
    public FrontMatterDocument reparse(String newText) {
        return reparse(newText, preferredKeyOrder);
    }

    /** Other text read with this document's form and rules (the raw editor's text), new keys placed by {@code order}. */
    public FrontMatterDocument reparse(String newText, List<String> order) {
        return new FrontMatterDocument(newText, List.copyOf(order), format, tabIndents, post);
    }

    /** The front matter of {@code post}, in its form. */
    public static FrontMatterDocument of(PostDocument post) {
        return of(post, List.of());
    }

    /** The form this text is written in. */
    public FrontMatterFormat format() {
        return format;
    }

    /** The language's name for sentences: YAML, TOML or JSON. */
    public String languageName() {
        return format.language().name();
    }

    /** The exact text. */
    public String text() {
        return text;
    }

    /** False when the YAML does not parse (Jekyll would fail too). */
    public boolean isValid() {
        return problem == null;
    }

    /** Where and why the YAML does not parse; empty when it is valid. */
    public Optional<YamlProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** Top-level keys in file order (a duplicated key once, where it first appears). */
    public List<String> keys() {
        return block != null ? block.entries().stream().map(DataBlock.Item::key).toList() : List.copyOf(effective.keySet());
    }

    public boolean has(String key) {
        return block != null ? block.entry(key).isPresent() : effective.containsKey(key);
    }

    /** The entry Jekyll uses for this key (the last one when the key is duplicated). */
    public Optional<FieldValue> get(String key) {
        if (block != null) {
            return block.entry(key).map(DataBlock.Item::field);
        }
        return Optional.ofNullable(effective.get(key)).map(Entry::field);
    }

    /** All entries in file order, one per key. */
    public List<FieldValue> fields() {
        if (block != null) {
            return block.entries().stream().map(DataBlock.Item::field).toList();
        }
        return effective.values().stream().map(Entry::field).toList();
    }

    /** The values as Jekyll's {@code page} sees them (String, Boolean, Number, FrontMatterDate, List, Map, null). */
    public Map<String, Object> toPageMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldValue f : fields()) {
            out.put(f.key(), f.value());
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The value as text, if it is a scalar: a string as is, a boolean, number or date as written,
     * an empty value as {@code ""}. Empty for lists, maps and absent keys.
     */
    public Optional<String> string(String key) {
        if (block != null) {
            return block.entry(key).filter(i -> i.field().kind() != FieldKind.MAP && i.field().kind() != FieldKind.LIST)
                    .map(DataValues::text);
        }
        Entry e = effective.get(key);
        if (e == null) {
            return Optional.empty();
        }
        FieldValue f = e.field();
        if (f.kind() == FieldKind.MAP || f.kind() == FieldKind.LIST && !isScalarNode(e)) {
            return Optional.empty();
        }
        if (f.kind() == FieldKind.EMPTY) {
            return Optional.of("");
        }
        return Optional.of(((ScalarNode) e.valueNode()).getValue());
    }

    /**
     * A list value as Jekyll reads it ({@code tags: a b c} is three items); a single scalar is a
     * one-item list; empty when absent or empty.
     */
    public List<String> stringList(String key) {
        Optional<FieldValue> found = get(key);
        if (found.isEmpty()) {
            return List.of();
        }
        FieldValue f = found.get();
        switch (f.kind()) {
            case LIST:
                @SuppressWarnings("unchecked")
                List<String> items = (List<String>) f.value();
                return items;
            case EMPTY:
            case MAP:
                return List.of();
            default:
                return List.of(string(key).orElse(""));
        }
    }

    private static boolean isScalarNode(Entry e) {
        return e.valueNode() instanceof ScalarNode;
    }

    // ---- edits -------------------------------------------------------------------------

    List<Entry> entries() {
        return entries;
    }

    Entry effectiveEntry(String key) {
        return effective.get(key);
    }

    List<String> preferredKeyOrder() {
        return preferredKeyOrder;
    }

    DataBlock block() {
        return block;
    }

    FrontMatterDocument edited(String newText) {
        return newText.equals(text) ? this : new FrontMatterDocument(newText, preferredKeyOrder, format, tabIndents, post);
    }

    /**
     * Refuses an edit after which the post's generator would no longer find this text between the
     * same fences (a value with a line of {@code +++}, {@code ---} or {@code ;;;} in it).
     */
    void requireSameFences(String key, FrontMatterDocument after) {
        if (post == null || after == this) {
            return;
        }
        if (!post.keepsFences(after.text())) {
            throw new EditRefusedException("Postdesk did not change \"" + key + "\": written that way, a line of the"
                    + " value would end the front matter early (or hide it), so the post would read differently."
                    + " The front matter was kept as it was.");
        }
    }

    void requireValid(String what) {
        if (problem != null) {
            throw new EditRefusedException("Postdesk cannot " + what + ": the front matter is not valid " + languageName()
                    + " (line " + problem.line() + ", column " + problem.column() + ": "
                    + problem.message() + ") Fix it in the text first; nothing was changed.");
        }
    }

    /**
     * Runs one edit: anchors in the value that later aliases use are first moved to them (checked
     * to change nothing), then the edit runs, then {@link EditCheck} proves that only the key
     * changed and that it reads as {@code intent}. Throws {@link EditRefusedException} otherwise.
     */
    private FrontMatterDocument checked(String what, String key, boolean allOccurrences, EditCheck.Intent intent,
            Function<FrontMatterEditor, String> edit) {
        requireValid(what);
        FrontMatterDocument base = detached(key, allOccurrences);
        FrontMatterDocument after = base.edited(edit.apply(new FrontMatterEditor(base)));
        if (after == base) {
            return this;
        }
        EditCheck.verify(base, after, key, intent);
        requireSameFences(key, after);
        return after;
    }

    private FrontMatterDocument detached(String key, boolean allOccurrences) {
        List<Entry> affected = new ArrayList<>();
        for (Entry e : entries) {
            if (e.key().equals(key) && (allOccurrences || e == effective.get(key))) {
                affected.add(e);
            }
        }
        String moved = Anchors.detach(text, affected);
        if (moved.equals(text)) {
            return this;
        }
        FrontMatterDocument doc = edited(moved);
        try {
            EditCheck.verify(this, doc, key, new EditCheck.Keep());
        } catch (EditRefusedException e) {
            throw new EditRefusedException("Postdesk did not change \"" + key + "\": its value carries a YAML"
                    + " anchor (&name) that other keys use (*name), and the anchor could not be moved to them"
                    + " safely. The front matter was kept as it was; edit it in the text.");
        }
        return doc;
    }

    /** Refuses text with half of a UTF-16 pair: it cannot be saved as UTF-8, and no YAML reader agrees on it. */
    private static void requireWholeCharacters(String key, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(++i))
                    : !Character.isLowSurrogate(c);
            if (!paired) {
                throw new EditRefusedException("Postdesk did not change \"" + key + "\": the text holds a broken"
                        + " character (half of a UTF-16 pair) that cannot be saved. The front matter was kept as it was.");
            }
        }
    }

    public FrontMatterDocument withString(String key, String value) {
        requireWholeCharacters(key, value);
        if (block != null) {
            return DataEdits.edit(this, "set " + key, key, new DataCheck.Text(value), ed -> ed.setString(key, value));
        }
        return checked("set " + key, key, false, new EditCheck.Text(value), ed -> ed.setString(key, value));
    }

    public FrontMatterDocument withBoolean(String key, boolean value) {
        if (block != null) {
            return DataEdits.edit(this, "set " + key, key, new DataCheck.Bool(value), ed -> ed.setBoolean(key, value));
        }
        return checked("set " + key, key, false, new EditCheck.Meaning(new Readings.Scalar(FieldKind.BOOLEAN, value)),
                ed -> ed.setBoolean(key, value));
    }

    public FrontMatterDocument withList(String key, List<String> items) {
        List<String> copy = new ArrayList<>(items);
        copy.forEach(item -> requireWholeCharacters(key, item));
        if (block != null) {
            return DataEdits.edit(this, "set " + key, key, new DataCheck.Items(List.copyOf(copy)), ed -> ed.setList(key, copy));
        }
        return checked("set " + key, key, false, new EditCheck.Items(List.copyOf(copy)), ed -> ed.setList(key, copy));
    }

    /**
     * The chains a value holds (Hexo's categories): a list is one chain, each list inside a list
     * of lists one more, a single name a chain of one. Read from the value's own text, so nested
     * lists stay lists.
     */
    public static List<List<String>> chainsIn(FieldValue field) {
        Object loaded;
        try {
            loaded = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(field.rawText());
        } catch (RuntimeException unreadable) {
            loaded = field.value();
        }
        List<List<String>> out = new ArrayList<>();
        if (loaded instanceof List<?> list) {
            boolean nested = list.stream().anyMatch(item -> item instanceof List<?>);
            if (!nested) { // a plain list is one chain: a parent and its children
                List<String> chain = list.stream().filter(v -> v != null).map(String::valueOf).toList();
                if (!chain.isEmpty()) {
                    out.add(chain);
                }
                return out;
            }
            for (Object item : list) { // a list of lists: each item a chain, a lone name a chain of one
                if (item instanceof List<?> inner) {
                    out.add(inner.stream().filter(v -> v != null).map(String::valueOf).toList());
                } else if (item != null) {
                    out.add(List.of(String.valueOf(item)));
                }
            }
        } else if (loaded != null && !String.valueOf(loaded).isBlank()) {
            out.add(List.of(String.valueOf(loaded)));
        }
        return out;
    }

    /**
     * Sets a value made of chains (Hexo's categories: one chain is a plain list, a parent and its
     * children; several chains are a list of lists): one chain is written as {@link #withList},
     * in the value's own list style; several as a flow list of flow lists. Empty chains are
     * dropped. Checked by reading it again, as every edit is.
     */
    public FrontMatterDocument withChains(String key, List<List<String>> chains) {
        List<List<String>> kept = chains.stream().filter(chain -> !chain.isEmpty()).map(List::copyOf).toList();
        if (kept.size() <= 1) {
            return withList(key, kept.isEmpty() ? List.of() : kept.get(0));
        }
        StringBuilder flow = new StringBuilder("[");
        for (List<String> chain : kept) {
            flow.append(flow.length() > 1 ? ", [" : "[");
            for (int i = 0; i < chain.size(); i++) {
                requireWholeCharacters(key, chain.get(i));
                flow.append(i > 0 ? ", " : "").append(ScalarWriter.write(chain.get(i), ScalarWriter.Style.PLAIN, true));
            }
            flow.append(']');
        }
        return withYaml(key, flow.append(']').toString());
    }

    /** Writes the date back in the value's own format (or the blog's usual one for a new key). */
    public FrontMatterDocument withDate(String key, FrontMatterDate date) {
        if (block != null) {
            return DataEdits.edit(this, "set " + key, key, new DataCheck.Date(date), ed -> ed.setDate(key, date));
        }
        LocalDateTime when = date.hasTime() ? date.dateTime() : date.dateTime().toLocalDate().atStartOfDay();
        Readings.DateReading reading = new Readings.DateReading(when, date.hasTime(), date.hasTime() ? date.offset() : null);
        return checked("set " + key, key, false, new EditCheck.Meaning(reading), ed -> ed.setDate(key, date));
    }

    /**
     * Sets a value given in YAML syntax, as {@code set KEY=VALUE} does: one flow value on one line
     * ({@code [a, b]}, {@code true}, {@code 2024-01-01}, {@code "quoted"}, {@code 新标题}) keeps its
     * YAML meaning; anything else ({@code a: b}, {@code !tag x}, {@code &a}, {@code a #b}, broken
     * YAML) is taken as text and quoted as needed. Blank text empties the value.
     */
    public FrontMatterDocument withYaml(String key, String value) {
        if (block != null) {
            return DataEdits.fromYaml(this, key, value);
        }
        if (FlowValue.isEmpty(value)) {
            return checked("set " + key, key, false, new EditCheck.Meaning(new Readings.Scalar(FieldKind.EMPTY, null)),
                    ed -> ed.setEmpty(key));
        }
        Node node = FlowValue.meaning(value);
        if (node == null) {
            return withString(key, value);
        }
        String yaml = FlowValue.stripBlanks(value);
        return checked("set " + key, key, false, new EditCheck.Meaning(Readings.ofValue(key, node)),
                ed -> ed.setNode(key, node, yaml));
    }

    /** Removes the key's lines only (every occurrence when the key is duplicated). */
    public FrontMatterDocument without(String key) {
        if (block != null) {
            return DataEdits.edit(this, "remove " + key, key, new DataCheck.Removed(), ed -> ed.remove(key));
        }
        return checked("remove " + key, key, true, new EditCheck.Removed(), ed -> ed.remove(key));
    }
}
