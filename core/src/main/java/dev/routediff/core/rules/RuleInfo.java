package dev.routediff.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * One documented rule.
 *
 * @param id         stable within its rule set ("1" … "6" keep the field report's numbers)
 * @param name       a short name
 * @param summary    what it predicts, one sentence
 * @param source     where the rule comes from (document, code, observation)
 * @param observedOn platforms it was seen on, empty when only inferred
 * @param forms      the row it gives on each platform it models, empty when the rule set does not say
 */
public record RuleInfo(String id, String name, String summary, String source, List<String> observedOn,
                       List<RowForm> forms) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        observedOn = List.copyOf(observedOn);
        forms = List.copyOf(forms);
    }

    public RuleInfo(String id, String name, String summary, String source, List<String> observedOn) {
        this(id, name, summary, source, observedOn, List.of());
    }

    /** The infos of these rules, in order: a rule set's list, from its rule enum's {@code values()}. */
    public static List<RuleInfo> all(Rule... rules) {
        List<RuleInfo> infos = new java.util.ArrayList<>(rules.length);
        for (Rule r : rules) {
            infos.add(r.info());
        }
        return List.copyOf(infos);
    }
}
