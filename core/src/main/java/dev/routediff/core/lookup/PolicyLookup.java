package dev.routediff.core.lookup;

import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.PolicyRule;
import dev.routediff.core.model.PolicyRules;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lookups in a Linux dump with several tables, following its policy rules ({@code ip rule show}) as the kernel does
 * for ordinary traffic this host sends: no firewall mark, no source address chosen yet, coming from {@code lo}. The
 * rules are tried in priority order; a rule that matches looks the address up in its table with the same decision
 * as every other lookup ({@link LookupDecision}), and the first table that yields a route the rule accepts decides.
 * A dump that lists tables but no rules is walked with the kernel's three default rules (local, main, default).
 */
public final class PolicyLookup {

    /** A dump with routes in tables the default rules never reach, and no rules to say how they are reached. */
    public static final String RULES_MISSING = "policy-rules-missing";
    /** A rule looks up a table of which the dump shows no route. */
    public static final String TABLE_MISSING = "policy-table-missing";

    private static final Set<String> DEFAULT_TABLES = Set.of("main", "local", "default");
    private static final Set<String> DROPPING = Set.of("blackhole", "unreachable", "prohibit");

    private PolicyLookup() {
    }

    /**
     * Whether lookups in {@code table} must follow rules: it came with rules, or it has routes outside the main
     * table. A plain {@code ip route} dump (or any other platform's) needs none, and is looked up as one table.
     */
    public static boolean applies(RouteTable table) {
        if (!table.policy().isEmpty()) {
            return true;
        }
        RouteStore rows = RouteStore.of(table);
        for (int i = 0, n = rows.size(); i < n; i++) {
            if (!rows.isCompact(i) && !PolicyRule.tableOf(rows.route(i)).equals("main")) {
                return true;
            }
        }
        return false;
    }

    /** What a reader of these lookups should know: rules missing, or tables the rules name but the dump lacks. */
    public static List<Warning> warnings(RouteTable table) {
        Map<String, List<Route>> tables = byTable(table);
        List<Warning> out = new ArrayList<>();
        if (table.policy().isEmpty()) {
            Set<String> other = new LinkedHashSet<>(tables.keySet());
            other.removeAll(DEFAULT_TABLES);
            if (!other.isEmpty()) {
                out.add(new Warning(RULES_MISSING, table.source() + " has routes in table" + (other.size() == 1
                        ? " " : "s ") + String.join(", ", other) + " but no policy rules: only the kernel's"
                        + " default rules (local, main, default) were followed; include 'ip rule show' in the"
                        + " capture (or give it to lookup with --ip-rules FILE) to see where traffic really goes", null));
            }
            return out;
        }
        List<String> missing = new ArrayList<>();
        for (String t : table.policy().tables()) {
            if (!tables.containsKey(t) && !t.equals("default") && !t.startsWith("[")) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            out.add(new Warning(TABLE_MISSING, "the rules look up table" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + ", of which " + table.source() + " shows no route: if "
                    + (missing.size() == 1 ? "it has" : "they have") + " routes, capture 'ip route show table all'",
                    null));
        }
        return out;
    }

    /** The lookup of each address, in the order given. */
    public static List<Lookup> lookup(RouteTable table, List<IpAddress> addresses) {
        return trace(table, addresses).stream().map(Trace::lookup).toList();
    }

    /** The trace of each address, in the order given: the rules tried, then the deciding table's candidates. */
    public static List<Trace> trace(RouteTable table, List<IpAddress> addresses) {
        Map<String, List<Route>> tables = byTable(table);
        PolicyRules rules = table.policy().isEmpty() ? PolicyRules.KERNEL_DEFAULT : table.policy();
        List<Trace> out = new ArrayList<>(addresses.size());
        TieBreak tieBreak = TieBreak.of(table);
        for (IpAddress a : addresses) {
            out.add(walk(a, rules.rules(), tables, tieBreak));
        }
        return out;
    }

    private static Trace walk(IpAddress address, List<PolicyRule> rules, Map<String, List<Route>> tables,
                              TieBreak tieBreak) {
        List<String> steps = new ArrayList<>();
        for (int k = 0; k < rules.size(); k++) {
            PolicyRule rule = rules.get(k);
            if (rule.family() != null && rule.family() != address.family()) {
                continue; // a rule of the other family's list
            }
            String name = "rule " + rule;
            String mismatch = mismatch(rule, address);
            if (rule.invert() == (mismatch == null)) {
                steps.add(name + ": does not match (" + (rule.invert() ? "'not' of a selector it matches"
                        : mismatch) + ")");
                continue;
            }
            PolicyRule.Action action = rule.action();
            if (action instanceof PolicyRule.Nop) {
                steps.add(name + ": matches, does nothing");
            } else if (action instanceof PolicyRule.Goto g) {
                steps.add(name + ": matches, goes on at priority " + g.priority());
                int to = k + 1;
                while (to < rules.size() && rules.get(to).priority() < g.priority()) {
                    to++;
                }
                k = to - 1;
            } else if (action instanceof PolicyRule.Refuse r) {
                steps.add(name + ": matches, the traffic is refused (" + r.kind() + ")");
                Lookup refused = new Lookup(address, Optional.empty(), 0, List.of())
                        .withRule(name + " (traffic refused)");
                return new Trace(address, List.of(), refused, Trace.Disposition.DROPPED, steps);
            } else if (action instanceof PolicyRule.LookupTable t) {
                Trace inTable = inTable(address, tables.getOrDefault(t.table(), List.of()), tieBreak);
                Optional<Route> chosen = inTable.chosen();
                if (!tables.containsKey(t.table())) {
                    steps.add(name + ": table " + t.table() + " is not in the dump");
                } else if (chosen.isEmpty()) {
                    steps.add(name + ": table " + t.table() + " has no route for it");
                } else if ("throw".equals(chosen.get().attributes().get("type"))) {
                    steps.add(name + ": table " + t.table() + " throws it (" + describe(chosen.get())
                            + "), on to the next rule");
                } else if (rule.suppressPrefixLength() >= 0
                        && chosen.get().destination().length() <= rule.suppressPrefixLength()) {
                    steps.add(name + ": table " + t.table() + " gives " + describe(chosen.get())
                            + ", refused: prefix /" + chosen.get().destination().length()
                            + " is within suppress_prefixlength " + rule.suppressPrefixLength());
                } else {
                    steps.add(name + ": table " + t.table() + " gives " + describe(chosen.get()) + ": chosen");
                    Trace.Disposition d = DROPPING.contains(chosen.get().attributes().getOrDefault("type", "unicast"))
                            ? Trace.Disposition.DROPPED : inTable.disposition();
                    return new Trace(address, inTable.candidates(), inTable.lookup().withRule(name), d, steps);
                }
            }
        }
        steps.add("no rule gives a route");
        return new Trace(address, List.of(), new Lookup(address, Optional.empty(), 0, List.of()),
                Trace.Disposition.NO_ROUTE, steps);
    }

    /** The one-table decision, as {@link RouteScan#trace} makes it. */
    private static Trace inTable(IpAddress ip, List<Route> routes, TieBreak tieBreak) {
        List<Route> covering = new ArrayList<>();
        for (Route r : routes) {
            if (r.destination().contains(ip)) {
                covering.add(r);
            }
        }
        return LookupDecision.trace(ip, covering, tieBreak);
    }

    /**
     * Why the selector does not match ordinary traffic to {@code address} this host sends, or null when it does.
     * Such traffic carries no firewall mark (mark 0), has no source address yet and comes in on {@code lo}; a
     * selector on anything else it does not know (protocol, ports, user, output device) is taken as not matching.
     */
    static String mismatch(PolicyRule rule, IpAddress address) {
        if (rule.from() != null) {
            return "from " + rule.from() + ": this host's own traffic has no source address yet";
        }
        if (rule.to() != null && !rule.to().contains(address)) {
            return address + " is not in " + rule.to();
        }
        for (Map.Entry<String, String> s : rule.selectors().entrySet()) {
            String v = s.getValue();
            switch (s.getKey()) {
                case "fwmark" -> {
                    if (markValue(v) != 0) {
                        return "fwmark " + v + ": ordinary traffic is unmarked";
                    }
                }
                case "iif" -> {
                    if (!v.equals("lo")) {
                        return "iif " + v + ": only traffic arriving on " + v + "; this host's own comes from lo";
                    }
                }
                case "tos", "dsfield" -> {
                    if (markValue(v) != 0) {
                        return s.getKey() + " " + v + ": ordinary traffic has tos 0";
                    }
                }
                default -> {
                    return s.getKey() + (v.isEmpty() ? "" : " " + v) + ": only some traffic; the lookup assumes"
                            + " ordinary traffic";
                }
            }
        }
        return null;
    }

    /** The value part of {@code 0xca6c} or {@code 0x80000/0xff0000} masked by its mask; -1 when unreadable. */
    private static long markValue(String text) {
        try {
            int slash = text.indexOf('/');
            long value = Long.decode(slash < 0 ? text : text.substring(0, slash));
            long mask = slash < 0 ? 0xFFFF_FFFFL : Long.decode(text.substring(slash + 1));
            return value & mask;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String describe(Route r) {
        String type = r.attributes().get("type");
        StringBuilder sb = new StringBuilder();
        if (type != null && !type.equals("unicast")) {
            sb.append(type).append(' ');
        }
        sb.append(r.destination());
        if (!(r.gateway().text().equals(r.iface()) || r.gateway().text().equals(type))) {
            sb.append(" via ").append(r.gateway().text());
        }
        if (!r.iface().isEmpty()) {
            sb.append(" dev ").append(r.iface());
        }
        return sb.toString();
    }

    /** The routes of each table, in the dump's order; tables in order of first appearance. */
    private static Map<String, List<Route>> byTable(RouteTable table) {
        Map<String, List<Route>> out = new LinkedHashMap<>();
        for (Route r : table.routes()) {
            out.computeIfAbsent(PolicyRule.tableOf(r), t -> new ArrayList<>()).add(r);
        }
        return out;
    }
}
