package dev.routediff.parser.linux;

import dev.routediff.core.input.Fields;
import dev.routediff.core.input.Metrics;
import com.google.auto.service.AutoService;
import dev.routediff.core.input.LineSource;
import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.PolicyRule;
import dev.routediff.core.model.PolicyRules;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.spi.AbstractRouteTableParser;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads iproute2's {@code ip route show}: one route per line, {@code [type] destination keyword value…}, and for
 * multipath routes indented {@code nexthop} lines, each of which becomes a route of its own. IPv4 and IPv6 lines
 * may be mixed ({@code ip route show table all} prints both). A route of a table other than main keeps its table in
 * the attribute {@code table} ({@code table all} prints it for every table but main). Lines of {@code ip rule show}
 * ({@code 32765:	not from all fwmark 0xca6c lookup 51820}), before or without the routes, become the table's
 * {@link RouteTable#policy()}.
 */
@AutoService(RouteTableParser.class)
public final class IpRouteParser extends AbstractRouteTableParser {

    static final String ID = "linux-ip-route";

    /** Route types (rtnl_rtntype_n2a); unicast is the default and printed only with -d. */
    static final Set<String> TYPES = Set.of("unicast", "local", "broadcast", "multicast", "anycast", "unreachable",
            "blackhole", "prohibit", "throw", "nat", "xresolve");

    /** Types whose routes lead nowhere, printed without via or dev for IPv4. */
    static final Set<String> NOWHERE = Set.of("unreachable", "blackhole", "prohibit", "throw");

    /** Keywords followed by one value (metrics may put {@code lock} before it). */
    static final Set<String> VALUED = Set.of("via", "dev", "proto", "scope", "src", "metric", "table", "expires",
            "pref", "mtu", "advmss", "window", "rtt", "rttvar", "ssthresh", "cwnd", "initcwnd", "initrwnd",
            "quickack", "hoplimit", "reordering", "features", "rto_min", "congctl", "tos", "dsfield", "realm",
            "realms", "from", "nhid", "weight", "error", "fastopen_no_cookie", "ttl-propagate");

    /** Keywords that stand alone (rtnh and route flags). */
    static final Set<String> FLAG_WORDS = Set.of("linkdown", "onlink", "dead", "pervasive", "offload", "trap",
            "notify", "rt_offload", "rt_trap", "rt_offload_failed", "unresolved");

    /**
     * What {@code capture} runs on Linux: the policy rules and every table, so that lookups follow the rules wg-quick,
     * Tailscale and other VPN clients route by (the main table alone would say traffic leaves by the LAN when it goes
     * into the tunnel). {@code ip rule} lists one address family at a time ({@code ip route show table all} lists
     * both); {@code ip -6} fails on a kernel without IPv6; ip prints nothing for an empty list.
     */
    private static final List<ParserInfo.Capture> CAPTURE = List.of(
            new ParserInfo.Capture(List.of("ip", "rule", "show"), false, true),
            new ParserInfo.Capture(List.of("ip", "-6", "rule", "show"), true, true),
            new ParserInfo.Capture(List.of("ip", "route", "show", "table", "all"), false, true));

    /** Stateless: every parse gets its own lists. */
    public IpRouteParser() {
        super(new ParserInfo(ID, "Linux iproute2 route lists (ip route show; IPv4 and IPv6, multipath nexthops; every"
                + " table with the policy rules of ip rule show)", List.of("Linux (iproute2)"),
                List.of("ip rule show", "ip -6 rule show", "ip route show table all", "ip route", "ip -6 route"),
                Platform.LINUX, CAPTURE));
    }

    @Override
    public int detect(String sample) {
        int routes = 0;
        int seen = 0;
        for (String line : Text.completeLines(sample)) {
            if (Fields.isBlankLine(line)) {
                continue;
            }
            if (++seen > 200) {
                break;
            }
            List<String> f = Fields.split(line);
            if (Fields.isBlank(line.charAt(0))) {
                if (!f.get(0).equals("nexthop") || routes == 0) {
                    return 0;
                }
                continue;
            }
            if (IpRuleLines.isRule(f)) {
                routes++; // ip rule show, alone or before the routes of every table
                continue;
            }
            if (!looksLikeRoute(f)) {
                return 0;
            }
            routes++;
        }
        return routes > 0 ? 90 : 0;
    }

    private static boolean looksLikeRoute(List<String> f) {
        int i = 0;
        String type = "unicast";
        if (TYPES.contains(f.get(0))) {
            type = f.get(0);
            i++;
        }
        if (i >= f.size()) {
            return false;
        }
        String dst = f.get(i++);
        if (!dst.equals("default")) {
            int slash = dst.indexOf('/');
            if (IpAddress.tryParse(slash < 0 ? dst : dst.substring(0, slash)) == null) {
                return false;
            }
        }
        if (i == f.size()) {
            return NOWHERE.contains(type);
        }
        return VALUED.contains(f.get(i)) && i + 1 < f.size() || FLAG_WORDS.contains(f.get(i));
    }

    @Override
    public RouteTable parse(Reader input, String source) throws IOException {
        LineSource lines = new LineSource(input, source);
        Reading reading = new Reading(source);
        Entry open = null;
        List<PolicyRule> rules = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            int n = lines.lineNumber();
            if (Fields.isBlankLine(line)) {
                continue;
            }
            List<String> f = Fields.split(line);
            if (!Fields.isBlank(line.charAt(0)) && IpRuleLines.isRule(f)) {
                rules.add(IpRuleLines.parse(source, n, f));
                continue;
            }
            if (Fields.isBlank(line.charAt(0))) {
                if (!f.get(0).equals("nexthop")) {
                    throw new RouteInputException(source, n, "expected a route or an indented nexthop line, found "
                            + Fields.quote(line));
                }
                if (open == null) {
                    throw new RouteInputException(source, n, "expected a route before its nexthop line, found "
                            + Fields.quote(line));
                }
                open.nexthops.add(words(source, n, f, 1));
                continue;
            }
            if (open != null) {
                reading.accept(open);
            }
            open = entry(source, n, f);
        }
        if (open != null) {
            reading.accept(open);
        }
        // ip rule and ip -6 rule print the family-free rules (local, main, default…) alike: keep each once
        return reading.finish(PolicyRules.NONE.plus(new PolicyRules(rules)));
    }

    /**
     * Routes as they are read, straight into the table's compact store, so a dump of millions of lines is never
     * held as objects. Only a default line whose family does not show (no via, src or pref) waits for the end of
     * the input, which tells it (see {@link #finish}); the rows around it wait in parts of their own, in order.
     */
    private static final class Reading {
        private final String source;
        /** Parts and waiting entries, in source order: each a {@link RouteTable.Builder} or an {@link Entry}. */
        private final List<Object> segments = new ArrayList<>();
        private final EnumSet<AddressFamily> families = EnumSet.noneOf(AddressFamily.class);
        private RouteTable.Builder part;
        private boolean ipv6WithoutPref;

        Reading(String source) {
            this.source = source;
            this.part = RouteTable.builder(source, ID, 64);
        }

        void accept(Entry e) {
            if (e.family == null) {
                e.family = evidence(e.words);
                for (Words w : e.nexthops) {
                    e.family = e.family != null ? e.family : evidence(w);
                }
            }
            if (e.family == null) {
                segments.add(part);
                segments.add(e);
                part = RouteTable.builder(source, ID, 16);
                return;
            }
            families.add(e.family);
            if (e.family == AddressFamily.INET6 && !e.words.values.containsKey("pref")) {
                ipv6WithoutPref = true;
            }
            for (Route r : build(source, e, families)) {
                part.add(r);
            }
        }

        RouteTable finish(PolicyRules policy) {
            if (segments.isEmpty()) {
                return part.policy(policy).build();
            }
            segments.add(part);
            // Kernels since 4.1 report a preference for every IPv6 route and iproute2 prints it: when every IPv6
            // line shows pref, a default line without via, src or pref can only be IPv4
            boolean everyIpv6HasPref = families.contains(AddressFamily.INET6) && !ipv6WithoutPref;
            RouteTable.Builder all = RouteTable.builder(source, ID, 64);
            for (Object s : segments) {
                if (s instanceof RouteTable.Builder b) {
                    RouteStore.Builder.of(all).addAll(RouteStore.Builder.of(b));
                    continue;
                }
                Entry e = (Entry) s;
                if (everyIpv6HasPref) {
                    e.family = AddressFamily.INET;
                }
                for (Route r : build(source, e, families)) {
                    all.add(r);
                }
            }
            return all.policy(policy).build();
        }
    }

    /** One printed route before it is typed: type, destination, keywords and nexthop lines. */
    private static final class Entry {
        final int line;
        final String type;
        final String dst;
        final Words words;
        final List<Words> nexthops = new ArrayList<>();
        AddressFamily family;

        Entry(int line, String type, String dst, Words words) {
            this.line = line;
            this.type = type;
            this.dst = dst;
            this.words = words;
        }
    }

    /** Keyword values in print order, the stand-alone flag words, and a gateway with its explicit family. */
    private static final class Words {
        final int line;
        final Map<String, String> values = new LinkedHashMap<>();
        final List<String> flags = new ArrayList<>();
        IpAddress via;
        boolean viaOtherFamily;

        Words(int line) {
            this.line = line;
        }
    }

    private static Entry entry(String source, int n, List<String> f) {
        int i = 0;
        String type = "unicast";
        boolean typed = false;
        if (TYPES.contains(f.get(0))) {
            type = f.get(0);
            typed = true;
            i++;
        }
        if (i >= f.size()) {
            throw new RouteInputException(source, n, "expected a destination after '" + type + "', found the end of"
                    + " the line");
        }
        String dst = f.get(i++);
        Entry e = new Entry(n, typed ? type : null, dst, words(source, n, f, i));
        if (!dst.equals("default")) {
            int slash = dst.indexOf('/');
            IpAddress a = IpAddress.tryParse(slash < 0 ? dst : dst.substring(0, slash));
            if (a == null) {
                throw new RouteInputException(source, n, "expected a destination address or 'default', found '"
                        + dst + "' (ip -resolve prints names; run ip route without -r)");
            }
            e.family = a.family();
        }
        return e;
    }

    /** What a default route's line says about its family: its gateway, preferred source, or IPv6-only pref. */
    private static AddressFamily evidence(Words w) {
        if (w.via != null) {
            AddressFamily gw = w.via.family();
            // 'via inet6 fe80::1' on an IPv4 route: the family is printed only when it differs (RFC 5549)
            return w.viaOtherFamily ? (gw == AddressFamily.INET ? AddressFamily.INET6 : AddressFamily.INET) : gw;
        }
        String src = w.values.get("src");
        if (src != null && IpAddress.tryParse(src) != null) {
            return IpAddress.tryParse(src).family();
        }
        return w.values.containsKey("pref") ? AddressFamily.INET6 : null;
    }

    private static Words words(String source, int n, List<String> f, int from) {
        Words w = new Words(n);
        for (int i = from; i < f.size(); i++) {
            String k = f.get(i);
            if (FLAG_WORDS.contains(k)) {
                w.flags.add(k);
                continue;
            }
            boolean known = VALUED.contains(k);
            if (known && i + 1 >= f.size()) {
                throw new RouteInputException(source, n, "expected a value after '" + k + "', found the end of the"
                        + " line");
            }
            if (k.equals("via")) {
                String v = f.get(++i);
                if ((v.equals("inet") || v.equals("inet6")) && i + 1 < f.size()) {
                    w.viaOtherFamily = true;
                    v = f.get(++i);
                }
                IpAddress a = IpAddress.tryParse(v);
                if (a == null) {
                    throw new RouteInputException(source, n, "expected an address after 'via', found '" + v
                            + "' (ip -resolve prints names; run ip route without -r)");
                }
                w.via = a;
                continue;
            }
            String value = "";
            if (known || (i + 1 < f.size() && !VALUED.contains(f.get(i + 1)) && !FLAG_WORDS.contains(f.get(i + 1)))) {
                value = f.get(++i);
                if (value.equals("lock") && i + 1 < f.size()) {
                    value = "lock " + f.get(++i); // a locked metric, such as 'mtu lock 1400'
                }
            }
            if (w.values.containsKey(k)) {
                throw new RouteInputException(source, n, "expected '" + k + "' once per route, found it twice in "
                        + Fields.quote(String.join(" ", f)));
            }
            checkValue(source, n, k, value);
            w.values.put(k, value);
        }
        return w;
    }

    /** Route metrics iproute2 prints as unsigned 32-bit numbers ({@code lock} may come first); not the metric. */
    static final Set<String> NUMBERS = Set.of("mtu", "advmss", "window", "ssthresh", "cwnd", "initcwnd", "initrwnd",
            "reordering", "hoplimit", "weight", "nhid");

    /**
     * A value is refused where the word before it says what it must be: an address after {@code src} (a cut-off
     * last row ends in {@code src 172.1}), a number for the route metrics in {@link #NUMBERS}.
     */
    private static void checkValue(String source, int n, String key, String value) {
        if (key.equals("src") && IpAddress.tryParse(value) == null) {
            throw new RouteInputException(source, n, "expected an address after 'src', found '" + value
                    + "' (is the row cut short?)");
        }
        if (NUMBERS.contains(key)) {
            String number = value.startsWith("lock ") ? value.substring(5) : value;
            if (!isUnsigned32(number)) {
                throw new RouteInputException(source, n, "expected a whole number 0..4294967295 after '" + key
                        + "', found '" + number + "'");
            }
        }
    }

    private static boolean isUnsigned32(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Long.parseLong(s) <= 0xFFFF_FFFFL;
    }

    private static List<Route> build(String source, Entry e, EnumSet<AddressFamily> families) {
        AddressFamily family = e.family;
        if (family == null) {
            if (families.size() > 1) {
                throw new RouteInputException(source, e.line, "expected a default route whose family shows (via, src"
                        + " or pref) in a dump mixing IPv4 and IPv6 without pref on every IPv6 line, found none;"
                        + " run ip -4 route and ip -6 route separately");
            }
            // ip route without -6 lists IPv4; an IPv6 dump would show its family on some line
            family = families.isEmpty() ? AddressFamily.INET : families.iterator().next();
        }
        Prefix prefix = destination(source, e, family);
        List<Route> out = new ArrayList<>();
        if (e.nexthops.isEmpty()) {
            out.add(route(source, e, family, prefix, e.words, null, e.line));
        } else {
            if (e.words.via != null || e.words.values.containsKey("dev")) {
                throw new RouteInputException(source, e.nexthops.get(0).line, "expected nexthop lines only after a"
                        + " route without its own via or dev, found one after line " + e.line);
            }
            for (int i = 0; i < e.nexthops.size(); i++) {
                Words nh = e.nexthops.get(i);
                out.add(route(source, e, family, prefix, nh, (i + 1) + "/" + e.nexthops.size(), nh.line));
            }
        }
        return out;
    }

    private static Prefix destination(String source, Entry e, AddressFamily family) {
        if (e.dst.equals("default")) {
            return family == AddressFamily.INET ? Prefix.DEFAULT_V4 : Prefix.DEFAULT_V6;
        }
        int slash = e.dst.indexOf('/');
        IpAddress a = IpAddress.tryParse(slash < 0 ? e.dst : e.dst.substring(0, slash));
        int len = slash < 0 ? family.bits() : Prefix.parseLength(e.dst.substring(slash + 1), family.bits());
        if (len < 0) {
            throw new RouteInputException(source, e.line, "expected a prefix length 0.." + family.bits() + ", found '"
                    + e.dst + "'");
        }
        Prefix p = Addresses.exactPrefix(a, len);
        if (p == null) {
            throw new RouteInputException(source, e.line, "expected a destination with no bits beyond /" + len
                    + ", found '" + e.dst + "'");
        }
        return p;
    }

    private static Route route(String source, Entry e, AddressFamily family, Prefix prefix, Words hop,
                               String nexthop, int line) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (e.type != null) {
            attributes.put("type", e.type);
        }
        List<String> flags = new ArrayList<>(e.words.flags);
        Expire expire = Expire.NONE;
        Long metric = null;
        List<Words> parts = nexthop == null ? List.of(e.words) : List.of(e.words, hop);
        for (Words w : parts) {
            for (Map.Entry<String, String> kv : w.values.entrySet()) {
                if (kv.getKey().equals("dev")) {
                    continue;
                }
                if (kv.getKey().equals("metric")) {
                    metric = Metrics.parse(source, w.line, kv.getValue());
                    continue;
                }
                if (kv.getKey().equals("expires")) {
                    expire = expires(source, line, kv.getValue());
                    continue;
                }
                attributes.put(kv.getKey(), kv.getValue());
            }
        }
        if (nexthop != null) {
            attributes.put("nexthop", nexthop);
            flags.addAll(hop.flags);
        }
        if (!flags.isEmpty()) {
            attributes.put("flags", String.join(" ", flags));
        }
        String dev = hop.values.getOrDefault("dev", "");
        Gateway gateway;
        if (e.type != null && NOWHERE.contains(e.type)) {
            // nowhere to send it, whatever dev says (IPv6 prints dev lo): the type is the whole story
            gateway = new Gateway.Other(e.type);
        } else if (hop.via != null) {
            gateway = new Gateway.Address(hop.via);
        } else if (!dev.isEmpty()) {
            gateway = new Gateway.Interface(dev); // no via: the destination is on the link of dev
        } else {
            throw new RouteInputException(source, line, "expected via, dev or nexthop lines for '" + e.dst
                    + "', found none");
        }
        return new Route(family, prefix, e.dst, prefix.length() == family.bits(), gateway, RouteFlags.NONE, dev,
                expire, line, attributes, metric);
    }

    /** iproute2 prints {@code expires 599sec}; a negative count means the route has already expired. */
    private static Expire expires(String source, int line, String value) {
        String digits = value.endsWith("sec") ? value.substring(0, value.length() - 3) : "";
        if (!Text.isDecimal(digits)) {
            throw new RouteInputException(source, line, "expected 'expires <n>sec', found 'expires " + value + "'");
        }
        long s = Long.parseLong(digits);
        return s < 0 ? Expire.EXPIRED : Expire.seconds(s);
    }
}
