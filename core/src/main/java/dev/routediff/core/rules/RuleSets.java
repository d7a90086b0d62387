package dev.routediff.core.rules;

import dev.routediff.core.spi.Api;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Explains a diff with every installed rule set, so that the CLI names none: the selected rule set explains what
 * it can; each change it leaves is offered to the other rule sets in priority order (a hit gives the
 * {@link #TRY_RULE_SET} warning naming the rule set and its flag); pattern rule sets
 * ({@link RuleSet#explainsByPattern()}) explain the rest, marked as patterns. Only without settings (other than
 * the shared {@code platform}): with settings, what the selected rule set leaves unexplained is the answer.
 */
@Api(Api.Status.INTERNAL)
public final class RuleSets {

    /** Another installed rule set explains changes the selected one does not. */
    public static final String TRY_RULE_SET = "try-rule-set";
    /** A change was attributed to a rule whose row form on this platform is read off code, not seen in a table. */
    public static final String INFERRED_ROW_FORM = "inferred-row-form";
    /** The selected rule set declares no row forms for the platform of the tables. */
    public static final String PLATFORM_NOT_MODELLED = "platform-not-modelled";

    private RuleSets() {
    }

    /** The platforms a rule set's rules declare row forms for; empty when it declares none. */
    public static Set<Platform> platforms(RuleSetInfo info) {
        Set<Platform> out = new TreeSet<>();
        info.rules().forEach(r -> r.forms().forEach(f -> out.add(f.platform())));
        return out;
    }

    /**
     * @param selected the rule set the user chose (or the default)
     * @param others   the other installed rule sets, highest priority first; the selected one is skipped if listed
     * @param settings the user's settings; the other rule sets get only the shared {@code platform} setting
     */
    public static Explanation explain(RuleSet selected, List<RuleSet> others, RouteTable before, RouteTable after,
                                      RouteDiff diff, RuleSettings settings) {
        RuleSettings given = settings == null ? RuleSettings.EMPTY : settings;
        Explanation first = selected.explain(before, after, diff, given);
        List<AttributedChange> changes = new ArrayList<>(first.changes());
        if (selected.explainsByPattern()) {
            changes.replaceAll(c -> c.rule() == null ? c : c.from(null, true));
        }
        Map<String, Object> inferred = new LinkedHashMap<>(first.inferred());
        List<Warning> warnings = new ArrayList<>(first.warnings());
        platformWarning(selected, before, after, given).ifPresent(warnings::add);
        inferredForms(selected, changes, Platform.of(given, after, Platform.of(before).orElse(null)))
                .ifPresent(warnings::add);

        RuleSettings shared = given.get(Platform.SETTING).map(p -> RuleSettings.EMPTY.with(Platform.SETTING, p))
                .orElse(RuleSettings.EMPTY);
        if (!given.values().keySet().stream().allMatch(Platform.SETTING::equals)) {
            // Settings describe what the selected rule set should find: a change they leave unexplained is the
            // finding, not something another reading of the rows should paper over.
            return new Explanation(inferred, changes, first.ignored(), first.missing(), warnings);
        }
        List<RuleSet> ordered = new ArrayList<>();
        others.stream().filter(r -> r != selected && !r.info().id().equals(selected.info().id()))
                .filter(r -> !r.explainsByPattern()).forEach(ordered::add);
        others.stream().filter(r -> r != selected && !r.info().id().equals(selected.info().id()))
                .filter(RuleSet::explainsByPattern).forEach(ordered::add);
        for (RuleSet other : ordered) {
            if (changes.stream().allMatch(c -> c.rule() != null)) {
                break;
            }
            Explanation e;
            try {
                e = other.explain(before, after, diff, shared);
            } catch (RuntimeException unreadable) {
                // Settings it cannot read or tables it cannot handle: the fallback explains nothing, the answer stands.
                continue;
            }
            int hits = 0;
            Set<String> rulesUsed = new LinkedHashSet<>();
            for (int i = 0; i < changes.size(); i++) {
                AttributedChange mine = changes.get(i);
                if (mine.rule() != null) {
                    continue;
                }
                AttributedChange theirs = match(e.changes(), mine);
                if (theirs != null && theirs.rule() != null) {
                    changes.set(i, theirs.from(other.info().id(), other.explainsByPattern()));
                    hits++;
                    rulesUsed.add(theirs.rule());
                }
            }
            if (hits == 0) {
                continue;
            }
            if (other.explainsByPattern()) {
                // Patterns fill what the rule sets could not read off the rows.
                e.inferred().forEach((k, v) -> {
                    if (v != null && inferred.containsKey(k) && inferred.get(k) == null) {
                        inferred.put(k, v);
                    } else if (v != null && !inferred.containsKey(k)) {
                        inferred.put(k, v);
                    }
                });
            } else {
                String id = other.info().id();
                warnings.add(new Warning(TRY_RULE_SET, hits + (hits == 1 ? " change" : " changes") + " that "
                        + selected.info().id() + " leaves unexplained " + (hits == 1 ? "is" : "are")
                        + " explained by the rule set " + id + " (rules " + String.join(", ", rulesUsed)
                        + "): try --rules " + id, null));
            }
        }
        return new Explanation(inferred, changes, first.ignored(), first.missing(), warnings);
    }

    /**
     * {@code inferred-row-form}: the rules of the selected rule set that explained a change although their row form
     * on this platform has not been seen in a captured table.
     */
    static java.util.Optional<Warning> inferredForms(RuleSet ruleSet, List<AttributedChange> changes,
                                                     Platform platform) {
        if (platform == null) {
            return java.util.Optional.empty();
        }
        Set<String> used = new LinkedHashSet<>();
        for (AttributedChange c : changes) {
            if (c.rule() == null || c.ruleSet() != null) {
                continue;
            }
            for (RuleInfo r : ruleSet.info().rules()) {
                if (r.id().equals(c.rule()) && r.forms().stream()
                        .anyMatch(f -> f.platform() == platform && f.inferred())) {
                    used.add(r.id() + " (" + r.name() + ")");
                }
            }
        }
        if (used.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Warning(INFERRED_ROW_FORM, "on " + platform.label() + " the row form of "
                + (used.size() == 1 ? "rule " : "rules ") + String.join(", ", used) + " is inferred from the "
                + "client's source, not seen in a captured table", null));
    }

    private static AttributedChange match(List<AttributedChange> candidates, AttributedChange wanted) {
        for (AttributedChange c : candidates) {
            if (c.change() == wanted.change() && c.route().equals(wanted.route())) {
                return c;
            }
        }
        return null;
    }

    /**
     * {@code platform-not-modelled}: the tables come from a platform the rule set declares no row forms for, so
     * its rules cannot be expected to match them.
     */
    static java.util.Optional<Warning> platformWarning(RuleSet ruleSet, RouteTable before, RouteTable after,
                                                       RuleSettings settings) {
        Set<Platform> modelled = platforms(ruleSet.info());
        if (modelled.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Platform> seen = Platform.of(after).or(() -> Platform.of(before));
        if (seen.isEmpty() || modelled.contains(seen.get())) {
            return java.util.Optional.empty();
        }
        String list = String.join(", ", modelled.stream().map(Platform::label).toList());
        return java.util.Optional.of(new Warning(PLATFORM_NOT_MODELLED, "the tables look like "
                + seen.get().label() + " but the rule set " + ruleSet.info().id() + " models " + list
                + " only: its rules may leave these rows unexplained", null));
    }
}
