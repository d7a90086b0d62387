package dev.routediff.parser.osquery;

import dev.routediff.core.model.IpAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The platform an export came from. osquery's routes table has the same columns everywhere, but each platform fills
 * them its own way (osquery's {@code networking/{darwin,linux,windows}/routes.cpp}), and the rows mean different
 * things: macOS {@code flags} are {@code RTF_*} bits, Windows reports the adapter's gateway on every IPv4 row, Linux
 * prints netmask 0 for host routes. So the platform is told from the rows, never guessed: when their evidence
 * disagrees or is missing, it is {@link #UNKNOWN} and only what every platform shares is read.
 */
enum SourcePlatform {
    MACOS("macos"),
    LINUX("linux"),
    WINDOWS("windows"),
    UNKNOWN("unknown");

    /** Types only the macOS table emits: it lists a route once per RTF_* flag it has (darwin/routes.cpp). */
    private static final Set<String> MACOS_TYPES = Set.of("static", "dynamic", "modified", "blackhole", "router",
            "proxy");
    /** rtm_type values only the Linux table names (RTN_BROADCAST, RTN_ANYCAST, and everything but unicast/local). */
    private static final Set<String> LINUX_TYPES = Set.of("broadcast", "anycast", "other");
    private static final Pattern MACOS_INTERFACE = Pattern.compile("lo0|(en|utun|awdl|llw|bridge|anpi|ap|gif|stf)\\d+");
    private static final Pattern LINUX_INTERFACE = Pattern.compile(
            "lo|eth\\d+|en[ops]\\S+|wl[op]\\S+|wlan\\d+|docker\\d+|virbr\\d+|br-\\S+|veth\\S+");
    private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}");

    private final String id;

    SourcePlatform(String id) {
        this.id = id;
    }

    /** The value of the routes' {@code platform} attribute. */
    String id() {
        return id;
    }

    static boolean isMac(String text) {
        return MAC.matcher(text).matches();
    }

    /**
     * The platform the rows' own evidence points to: Windows for flags {@code -1} (osquery's Windows table has no
     * flags), type {@code remote} or an address as the interface; macOS for the per-flag types, a {@code link#N} or
     * MAC gateway or macOS interface names; Linux for broadcast/anycast/other types, a filled-in {@code source}
     * (RTA_PREFSRC; the other platforms leave it empty) or Linux interface names. One platform, or {@link #UNKNOWN}.
     */
    static SourcePlatform infer(List<Row> rows) {
        Set<SourcePlatform> seen = EnumSet.noneOf(SourcePlatform.class);
        for (Row r : rows) {
            String type = lower(r.get("type"));
            String flags = text(r.get("flags"));
            String gateway = text(r.get("gateway"));
            String iface = text(r.get("interface"));
            String source = text(r.get("source"));
            if (flags.equals("-1") || type.equals("remote") || IpAddress.tryParse(iface) != null) {
                seen.add(WINDOWS);
            }
            if (MACOS_TYPES.contains(type) || gateway.startsWith("link#") || isMac(gateway)
                    || MACOS_INTERFACE.matcher(iface).matches()) {
                seen.add(MACOS);
            }
            if (LINUX_TYPES.contains(type) || !source.isEmpty() || LINUX_INTERFACE.matcher(iface).matches()) {
                seen.add(LINUX);
            }
        }
        return seen.size() == 1 ? seen.iterator().next() : UNKNOWN;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String lower(String s) {
        return text(s).toLowerCase(Locale.ROOT);
    }
}
