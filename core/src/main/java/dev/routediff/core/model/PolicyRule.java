package dev.routediff.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One Linux policy routing rule, as {@code ip rule show} prints it ({@code 32765: not from all fwmark 0xca6c lookup
 * 51820}). The kernel walks the rules in priority order for every route lookup; the first rule whose selector
 * matches and whose action yields a route decides. Tools such as wg-quick and Tailscale send traffic into their
 * tunnels this way, through tables other than main.
 *
 * @param priority             the number before the colon (lower first)
 * @param invert               {@code not}: the action applies to packets the selector does not match
 * @param family               the family an address in the selector shows; null when the rule names none (then
 *                             {@code ip rule} and {@code ip -6 rule} print the same text, and it applies to both)
 * @param from                 the source selector; null for {@code from all}
 * @param to                   the destination selector; null when absent
 * @param selectors            the other selectors as printed, in order ({@code fwmark}, {@code iif}, {@code oif},
 *                             {@code ipproto}, {@code sport}, {@code dport}, {@code tos}, {@code uidrange},
 *                             {@code l3mdev}…), the value "" for a selector that stands alone
 * @param action               what a match does
 * @param suppressPrefixLength {@code suppress_prefixlength N}: a route found with a prefix of N or shorter is
 *                             refused and the walk goes on; -1 when absent
 * @param text                 the rule as printed after the priority, single-spaced
 * @param line                 1-based line in the source
 */
public record PolicyRule(long priority, boolean invert, AddressFamily family, Prefix from, Prefix to,
                         Map<String, String> selectors, Action action, int suppressPrefixLength, String text,
                         int line) {

    /** What a rule does with the packets it matches. */
    public sealed interface Action permits LookupTable, Goto, Refuse, Nop {
    }

    /** {@code lookup TABLE}: look the destination up in that table; no route there means go on to the next rule. */
    public record LookupTable(String table) implements Action {
        public LookupTable {
            table = canonicalTable(table);
        }
    }

    /** {@code goto N}: go on at the rule of priority N (always a later one). */
    public record Goto(long priority) implements Action {
    }

    /** {@code blackhole}, {@code unreachable} or {@code prohibit}: the packet is dropped, the walk ends. */
    public record Refuse(String kind) implements Action {
        public Refuse {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** {@code nop}: matches and does nothing. */
    public record Nop() implements Action {
    }

    public PolicyRule {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(text, "text");
        selectors = selectors.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(selectors));
    }

    /** The rule as {@code ip rule show} prints it, single-spaced: {@code 32765: not from all fwmark 0xca6c lookup 51820}. */
    @Override
    public String toString() {
        return priority + ": " + text;
    }

    /**
     * The name iproute2 prints for a table id: {@code main}, {@code local} and {@code default} for 254, 255 and 253
     * (iproute2 always names those three), any other id as given.
     */
    public static String canonicalTable(String table) {
        Objects.requireNonNull(table, "table");
        return switch (table) {
            case "254" -> "main";
            case "255" -> "local";
            case "253" -> "default";
            default -> table;
        };
    }

    /** The table a route belongs to: its {@code table} attribute, or main when it has none (ip omits main). */
    public static String tableOf(Route route) {
        String t = route.attributes().get("table");
        return t == null ? "main" : canonicalTable(t);
    }
}
