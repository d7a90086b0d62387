package dev.routediff.cli;

import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.Suggest;
import dev.routediff.cli.args.UsageException;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.rules.RuleOption;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSetInfo;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule-set settings of {@code predict}, {@code explain} and every command that applies a rule set. The options
 * are not written here: each installed rule set declares the settings it reads ({@link RuleSetInfo#options()}), and
 * the command line offers their union, so a rule module added later brings its own flags and help. Values reach the
 * chosen rule set in {@link RuleSettings} by name.
 */
public final class RuleOptions {

    static final String RULES_NAME = "--rules";
    static final Opt SET = Opt.value("--set", "NAME=VALUE",
            "Any setting of the rule set by name, e.g. --set platform=linux (repeatable).").repeatable();

    /**
     * The options every installed rule set declares, built once per run: a command's spec and its parsed line must
     * share the same {@link Opt}s.
     */
    public static final class Declared {

        private final List<Plugin<RuleSet>> ruleSets;
        private final RuleSet defaultRuleSet;
        private final Opt rules;
        /** By setting name, in the order help lists them. */
        private final Map<String, Opt> byName = new LinkedHashMap<>();
        private final Map<String, List<String>> declaredBy = new LinkedHashMap<>();

        Declared(PluginRegistry registry) {
            ruleSets = registry.ruleSets().stream()
                    .sorted(Comparator.comparingInt((Plugin<RuleSet> p) -> -p.provider().info().priority())
                            .thenComparing(Plugin::id))
                    .toList();
            defaultRuleSet = ruleSets.isEmpty() ? null : ruleSets.get(0).provider();
            rules = Opt.value(RULES_NAME, "ID", "The rule set to apply (see 'routediff plugins'); default: "
                    + (defaultRuleSet == null ? "none installed" : defaultRuleSet.info().id())
                    + ", or the one that declares an option given.");
            Map<String, RuleOption> first = new LinkedHashMap<>();
            Set<String> repeatable = new LinkedHashSet<>();
            for (Plugin<RuleSet> p : ruleSets) {
                for (RuleOption o : p.provider().info().options()) {
                    first.putIfAbsent(o.name(), o);
                    declaredBy.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(p.id());
                    if (o.repeatable()) {
                        repeatable.add(o.name());
                    }
                }
            }
            for (RuleOption o : first.values()) {
                String help = o.help() + " [" + String.join(", ", declaredBy.get(o.name())) + "]";
                Opt opt = o.kind() == RuleOption.Kind.SWITCH ? Opt.flag("--" + o.name(), help).negatable()
                        : Opt.value("--" + o.name(), o.label(), help);
                byName.put(o.name(), repeatable.contains(o.name()) ? opt.repeatable() : opt);
            }
        }

        /** What a command's spec adds: {@code --rules}, every declared setting, {@code --set}. */
        public List<Opt> opts() {
            List<Opt> all = new ArrayList<>();
            all.add(rules);
            all.addAll(byName.values());
            all.add(SET);
            return all;
        }

        /** Every installed rule set, highest priority first. */
        List<RuleSet> byPriority() {
            return ruleSets.stream().map(Plugin::provider).toList();
        }

        /** The rule set a command uses when none is named and no option points at one. */
        RuleSet defaultRuleSet() {
            if (defaultRuleSet == null) {
                throw UsageException.withoutHelpPointer("no rule set is installed (see 'routediff plugins')");
            }
            return defaultRuleSet;
        }
    }

    private final RuleSet ruleSet;
    private final RuleSettings settings;

    /**
     * Chooses the rule set and reads its settings: {@code --rules} if given; else the one rule set that declares an
     * option given; else the default. An option the chosen rule set does not declare is refused, naming the rule
     * sets that do, so that a setting is never silently ignored.
     */
    RuleOptions(ParsedLine line, Declared declared, CommandContext cli) throws UsageException {
        List<String> given = new ArrayList<>();
        for (Map.Entry<String, Opt> e : declared.byName.entrySet()) {
            if (line.has(e.getValue())) {
                given.add(e.getKey());
            }
        }
        String named = line.value(declared.rules, null);
        if (named != null) {
            ruleSet = cli.ruleSet(named);
        } else {
            Map<String, String> selecting = new LinkedHashMap<>();
            for (String name : given) {
                List<String> owners = declared.declaredBy.get(name);
                if (owners.size() == 1) {
                    selecting.putIfAbsent(owners.get(0), name);
                }
            }
            if (selecting.size() > 1) {
                throw new UsageException(selecting.entrySet().stream()
                        .map(e -> "--" + e.getValue() + " belongs to rule set " + e.getKey())
                        .collect(Collectors.joining(", ")) + ": name the one to apply with --rules");
            }
            ruleSet = selecting.isEmpty() ? declared.defaultRuleSet() : cli.ruleSet(selecting.keySet().iterator().next());
        }
        RuleSetInfo info = ruleSet.info();
        RuleSettings s = RuleSettings.EMPTY;
        for (String name : given) {
            if (info.option(name) == null) {
                throw new UsageException("--" + name + " is not a setting of rule set " + info.id() + "; "
                        + ownersHint(declared.declaredBy.get(name)));
            }
            Opt opt = declared.byName.get(name);
            if (info.option(name).kind() == RuleOption.Kind.SWITCH) {
                s = s.with(name, line.tristate(opt).toString());
            } else {
                for (String v : line.values(opt)) {
                    s = s.with(name, check(info.option(name), "--" + name, v));
                }
            }
        }
        for (String set : line.values(SET)) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set: expected NAME=VALUE, found '" + set + "'");
            }
            String name = set.substring(0, eq).strip();
            if (info.option(name) == null) {
                List<String> owners = declared.declaredBy.get(name);
                List<String> names = info.options().stream().map(RuleOption::name).toList();
                throw new UsageException("--set " + name + ": rule set " + info.id() + " has no setting '" + name + "'"
                        + (owners == null ? Suggest.didYouMean(name, names) + " (its settings: "
                                + String.join(", ", names) + ")" : " (" + ownersHint(owners) + ")"));
            }
            s = s.with(name, check(info.option(name), "--set " + name, set.substring(eq + 1)));
        }
        settings = s;
    }

    /**
     * A value as its option's kind wants it, checked here, where it is read, so that a mistake is one line naming the
     * option and a corrected example instead of a guess the rule set makes later.
     */
    static String check(RuleOption option, String flag, String value) throws UsageException {
        String v = value.strip();
        switch (option.kind()) {
            case SWITCH -> {
                String lower = v.toLowerCase(java.util.Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw new UsageException(flag + ": expected true or false, found '" + value + "'");
                }
                return lower;
            }
            case INTEGER -> {
                try {
                    Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new UsageException(flag + ": expected a whole number, found '" + value + "'");
                }
                return v;
            }
            case ADDRESS -> {
                if (IpAddress.tryParse(v) == null) {
                    int slash = v.indexOf('/');
                    if (slash > 0 && IpAddress.tryParse(v.substring(0, slash)) != null) {
                        throw new UsageException(flag + ": expected one address, found the CIDR block '" + value
                                + "'; did you mean " + v.substring(0, slash) + "?");
                    }
                    throw new UsageException(flag + ": expected an IP address such as 10.243.0.7, found '" + value + "'");
                }
                return v;
            }
            case CIDR -> {
                return cidr(flag, value, v);
            }
            default -> {
                return value;
            }
        }
    }

    private static String cidr(String flag, String value, String v) throws UsageException {
        int slash = v.indexOf('/');
        IpAddress address = IpAddress.tryParse(slash < 0 ? v : v.substring(0, slash));
        if (address == null) {
            throw new UsageException(flag + ": expected a CIDR block such as 10.243.0.0/22, found '" + value + "'");
        }
        int bits = address.family().bits();
        if (slash < 0) {
            throw new UsageException(flag + ": '" + value + "' has no prefix length; a CIDR block is written with one, "
                    + "such as " + address + "/" + (bits == 32 ? "22" : "64") + " (or " + address + "/" + bits
                    + " for this one address)");
        }
        int length = Prefix.parseLength(v.substring(slash + 1), bits);
        if (length < 0) {
            throw new UsageException(flag + ": '" + value + "' has a bad prefix length; expected 0 to " + bits);
        }
        Prefix network = Prefix.of(address, length);
        if (!network.address().equals(address)) {
            throw new UsageException(flag + ": '" + value + "' has host bits set; did you mean " + network + "?");
        }
        return v;
    }

    private static String ownersHint(List<String> owners) {
        return "it belongs to " + String.join(" and ", owners) + " (add --rules " + owners.get(0) + ")";
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public RuleSettings settings() {
        return settings;
    }
}
