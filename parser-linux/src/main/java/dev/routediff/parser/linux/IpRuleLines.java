package dev.routediff.parser.linux;

import dev.routediff.core.input.Fields;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.PolicyRule;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.spi.RouteInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines of iproute2's {@code ip rule show} (also {@code ip rule list}, {@code ip -6 rule}): {@code PRIORITY:}, a tab,
 * then {@code [not] from SRC [to DST] [selectors] ACTION [suppress_prefixlength N]…}, in the order iprule.c prints
 * them. wg-quick's {@code ip -4 rule add not fwmark 51820 table 51820} shows as
 * {@code 32765:	not from all fwmark 0xca6c lookup 51820}.
 */
final class IpRuleLines {

    /** Selectors followed by one value. */
    private static final Set<String> SELECTORS = Set.of("tos", "dsfield", "fwmark", "iif", "oif", "uidrange",
            "ipproto", "sport", "dport", "tun_id", "flowlabel", "dscp");

    /** Words printed after the action that do not change which route is chosen, followed by one value. */
    private static final Set<String> TRAILING = Set.of("realms", "proto", "protocol", "map-to", "nat",
            "suppress_ifgroup");

    private static final Set<String> REFUSE = Set.of("blackhole", "unreachable", "prohibit");

    private IpRuleLines() {
    }

    /** Whether {@code f} (a line's fields) starts as a rule does: a priority and a colon, then a rule word. */
    static boolean isRule(List<String> f) {
        String first = f.get(0);
        return first.length() > 1 && first.endsWith(":") && Fields.isDigits(first.substring(0, first.length() - 1))
                && f.size() > 1 && (f.get(1).equals("from") || f.get(1).equals("not"));
    }

    /** The rule on line {@code n}; bad text is a {@link RouteInputException} naming the line. */
    static PolicyRule parse(String source, int n, List<String> f) {
        String first = f.get(0);
        String digits = first.substring(0, first.length() - 1);
        if (digits.length() > 10 || Long.parseLong(digits) > 0xFFFF_FFFFL) {
            throw new RouteInputException(source, n, "expected a rule priority 0..4294967295, found '" + first + "'");
        }
        long priority = Long.parseLong(digits);
        int i = 1;
        boolean invert = false;
        if (f.get(i).equals("not")) {
            invert = true;
            i++;
        }
        if (i + 1 >= f.size() || !f.get(i).equals("from")) {
            throw new RouteInputException(source, n, "expected 'from' and a source in the rule "
                    + Fields.quote(String.join(" ", f)));
        }
        AddressFamily family = null;
        Prefix from = null;
        String src = f.get(i + 1);
        if (!src.equals("all")) {
            from = prefix(source, n, "from", src);
            family = from.family();
        }
        i += 2;
        Prefix to = null;
        Map<String, String> selectors = new LinkedHashMap<>();
        PolicyRule.Action action = null;
        int suppress = -1;
        for (; i < f.size(); i++) {
            String k = f.get(i);
            boolean hasValue = i + 1 < f.size();
            if (k.equals("to") && hasValue) {
                to = prefix(source, n, "to", f.get(++i));
                if (family != null && family != to.family()) {
                    throw new RouteInputException(source, n, "expected from and to of one address family, found "
                            + Fields.quote(String.join(" ", f)));
                }
                family = to.family();
            } else if (SELECTORS.contains(k) && hasValue) {
                selectors.put(k, f.get(++i));
            } else if (k.equals("l3mdev")) {
                selectors.put(k, "");
            } else if (k.equals("[detached]") || k.equals("[unresolved]")) {
                continue; // a device that is gone, a goto without its target: printed state, no match change
            } else if ((k.equals("lookup") || k.equals("table")) && hasValue && action == null) {
                action = new PolicyRule.LookupTable(f.get(++i));
                if (f.get(i).equals("[l3mdev-table]")) {
                    selectors.put("l3mdev", ""); // a VRF rule: the table of the device the socket is bound to
                }
            } else if (k.equals("goto") && hasValue && action == null && Fields.isDigits(f.get(i + 1))
                    && f.get(i + 1).length() <= 9) {
                action = new PolicyRule.Goto(Long.parseLong(f.get(++i)));
            } else if (REFUSE.contains(k) && action == null) {
                action = new PolicyRule.Refuse(k);
            } else if (k.equals("nop") && action == null) {
                action = new PolicyRule.Nop();
            } else if (k.equals("suppress_prefixlength") && hasValue) {
                String v = f.get(++i);
                if (!Fields.isDigits(v) || v.length() > 3) {
                    throw new RouteInputException(source, n, "expected a prefix length after"
                            + " 'suppress_prefixlength', found '" + v + "'");
                }
                suppress = Integer.parseInt(v);
            } else if (TRAILING.contains(k) && hasValue) {
                i++;
            } else {
                throw new RouteInputException(source, n, "expected a rule selector or action (to, fwmark, iif, oif,"
                        + " ipproto, sport, dport, lookup, goto, blackhole, unreachable, prohibit, nop,"
                        + " suppress_prefixlength…), found '" + k + "' in " + Fields.quote(String.join(" ", f)));
            }
        }
        if (action == null) {
            throw new RouteInputException(source, n, "expected an action (lookup TABLE, goto N, blackhole,"
                    + " unreachable, prohibit or nop) in the rule " + Fields.quote(String.join(" ", f)));
        }
        String text = String.join(" ", f.subList(1, f.size()));
        return new PolicyRule(priority, invert, family, from, to, selectors, action, suppress, text, n);
    }

    private static Prefix prefix(String source, int n, String key, String text) {
        int slash = text.indexOf('/');
        IpAddress a = IpAddress.tryParse(slash < 0 ? text : text.substring(0, slash));
        int len = a == null ? -1 : slash < 0 ? a.family().bits()
                : Prefix.parseLength(text.substring(slash + 1), a.family().bits());
        if (len < 0) {
            throw new RouteInputException(source, n, "expected 'all' or an address with an optional /length after '"
                    + key + "', found '" + text + "'");
        }
        return Prefix.of(a, len);
    }
}
