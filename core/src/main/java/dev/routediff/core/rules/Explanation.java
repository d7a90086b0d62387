package dev.routediff.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * @param inferred what the rule set read off the two tables, by documented key, in a stable order; values are
 *                 strings, booleans or null (unknown)
 * @param changes  every change of the diff, attributed
 * @param ignored  noise left out of the diff
 * @param missing  what the settings predict but the table after does not have
 * @param warnings things to know
 */
public record Explanation(Map<String, Object> inferred, List<AttributedChange> changes, int ignored,
                          List<PredictedRoute> missing, List<Warning> warnings) {

    public Explanation {
        inferred = Collections.unmodifiableMap(new LinkedHashMap<>(inferred));
        changes = List.copyOf(changes);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    /** True when every change has a rule and nothing predicted is missing. */
    public boolean fullyExplained() {
        return missing.isEmpty() && changes.stream().allMatch(c -> c.rule() != null);
    }
}
