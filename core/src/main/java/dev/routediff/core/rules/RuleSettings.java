package dev.routediff.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings given on the command line (or by a caller), by option name without dashes: {@code client-cidr},
 * {@code route} (repeatable), {@code split-tunnel} ("true"/"false"), {@code endpoint-json} (a path)…
 * Each rule set documents the names it reads and ignores the others.
 */
public record RuleSettings(Map<String, List<String>> values) {

    public static final RuleSettings EMPTY = new RuleSettings(Map.of());

    public RuleSettings {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = Collections.unmodifiableMap(copy);
    }

    public Optional<String> get(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A copy with one more value for {@code name}. */
    public RuleSettings with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        List<String> list = new java.util.ArrayList<>(copy.getOrDefault(name, List.of()));
        list.add(value);
        copy.put(name, list);
        return new RuleSettings(copy);
    }
}
