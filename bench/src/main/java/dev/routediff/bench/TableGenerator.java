package dev.routediff.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Writes a synthetic macOS {@code netstat -rn} dump of any size, the same for the same settings, for the benchmarks
 * and for {@code bench/compare.sh}. The layout is macOS 12–14's (column widths of a real macOS 14 dump): a
 * {@code Routing tables} line, an {@code Internet:} section whose rows mix what a laptop on a full-table VPN shows —
 * a default route, loopback and link-local routes in netstat's classful abbreviations ({@code 127},
 * {@code 169.254}, {@code 192.168.0}), network routes with trailing zero octets dropped ({@code 10.63/16}), host
 * routes, ARP entries with MAC gateways and Expire countdowns, {@code !} expiries, several interfaces — and, when
 * asked, an {@code Internet6:} section.
 *
 * <p>{@code --changes F --change-seed S} gives the same table with a fraction F of its bulk routes dropped,
 * re-routed or joined by a new neighbour, and the ARP countdowns moved: the "after" of a diff benchmark. The base
 * rows are drawn from their own random stream, so the two tables differ only where the changes say.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.routediff.bench.TableGenerator --routes 1000000 --seed 1 &gt; big.txt</pre>
 */
public final class TableGenerator {

    /**
     * @param routes     IPv4 rows before changes (at least the fixed head of six)
     * @param seed       the base table
     * @param ipv6       rows of an {@code Internet6:} section; 0 leaves the section out
     * @param changes    fraction of bulk routes changed, 0 for the base table
     * @param changeSeed which changes
     */
    public record Settings(int routes, long seed, int ipv6, double changes, long changeSeed) {
        public Settings {
            if (routes < HEAD.length) {
                throw new IllegalArgumentException("--routes must be at least " + HEAD.length);
            }
            if (ipv6 < 0 || changes < 0 || changes > 1) {
                throw new IllegalArgumentException("--ipv6 must be >= 0 and --changes within 0..1");
            }
        }

        public static Settings of(int routes, long seed) {
            return new Settings(routes, seed, 0, 0, 0);
        }

        public Settings withChanges(double fraction, long changeSeed) {
            return new Settings(routes, seed, ipv6, fraction, changeSeed);
        }
    }

    /** Destination, gateway, flags, netif, expire: what every laptop table starts with. */
    private static final String[][] HEAD = {
        {"default", "192.168.0.1", "UGScg", "en0", ""},
        {"127", "127.0.0.1", "UCS", "lo0", ""},
        {"127.0.0.1", "127.0.0.1", "UH", "lo0", ""},
        {"169.254", "link#6", "UCS", "en0", "!"},
        {"192.168.0", "link#6", "UCS", "en0", "!"},
        {"192.168.0.1/32", "link#6", "UCS", "en0", "!"},
    };

    private static final String[] TUNNELS = {"utun0", "utun1", "utun2", "utun3", "utun4", "en1", "bridge100"};

    private TableGenerator() {
    }

    public static String generate(Settings s) {
        StringBuilder sb = new StringBuilder(s.routes() * 72 + s.ipv6() * 110 + 256);
        write(s, sb);
        return sb.toString();
    }

    /** Writes the dump; an {@link IOException} of the target is rethrown unchecked. */
    public static void write(Settings s, Appendable out) {
        try {
            new Run(s, out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        int routes = 1000;
        long seed = 1;
        int ipv6 = 0;
        double changes = 0;
        long changeSeed = 2;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println("usage: TableGenerator [--routes N] [--seed S] [--ipv6 N] [--changes F] "
                        + "[--change-seed S]");
                return;
            }
            if (i + 1 >= args.length) {
                System.err.println("TableGenerator: " + a + " needs a value (see --help)");
                System.exit(2);
            }
            String v = args[++i];
            switch (a) {
                case "--routes" -> routes = Integer.parseInt(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--ipv6" -> ipv6 = Integer.parseInt(v);
                case "--changes" -> changes = Double.parseDouble(v);
                case "--change-seed" -> changeSeed = Long.parseLong(v);
                default -> {
                    System.err.println("TableGenerator: unknown option " + a + " (see --help)");
                    System.exit(2);
                }
            }
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16);
        write(new Settings(routes, seed, ipv6, changes, changeSeed), w);
        w.flush();
    }

    /** One generation; the random streams and the line buffer live here. */
    private static final class Run {
        private final Settings s;
        private final Appendable out;
        private final SplittableRandom base;
        private final SplittableRandom change;
        private final StringBuilder line = new StringBuilder(128);

        Run(Settings s, Appendable out) {
            this.s = s;
            this.out = out;
            this.base = new SplittableRandom(s.seed());
            this.change = new SplittableRandom(s.changeSeed() * 0x9E3779B97F4A7C15L + 1);
        }

        void run() throws IOException {
            out.append("Routing tables\n\nInternet:\n");
            out.append("Destination        Gateway            Flags               Netif Expire\n");
            for (String[] r : HEAD) {
                row4(r[0], r[1], r[2], r[3], r[4]);
            }
            int rest = s.routes() - HEAD.length;
            // about one row in fifty is a neighbour on the LAN, as on a busy office network
            int arp = Math.min(rest, Math.max(rest > 4 ? 2 : 0, rest / 50));
            for (int i = 0; i < arp; i++) {
                arpRow(i);
            }
            for (int i = arp; i < rest; i++) {
                bulkRow();
            }
            if (s.ipv6() > 0) {
                out.append("\nInternet6:\n");
                out.append("Destination                             Gateway                                 "
                        + "Flags               Netif Expire\n");
                row6("default", "fe80::%utun0", "UGcIg", "utun0");
                row6("::1", "::1", "UHL", "lo0");
                row6("fe80::%lo0/64", "fe80::1%lo0", "UcI", "lo0");
                for (int i = 3; i < s.ipv6(); i++) {
                    long r = base.nextLong();
                    int len = 33 + (int) ((r >>> 58) % 16); // /33../48: bits of the third group only
                    long group = (r >>> 16) & (0xFFFFL << (48 - len)) & 0xFFFF;
                    String dest = "2001:db8:" + Long.toHexString(group) + "::/" + len;
                    row6(dest, "fe80::1%utun" + (r >>> 60 & 3), "UGcI", "utun" + (r >>> 60 & 3));
                }
            }
        }

        /** A neighbour in 192.168.0.0/16: MAC gateway, a countdown, sometimes permanent or expired. */
        private void arpRow(int i) throws IOException {
            long r = base.nextLong();
            int host = 2 + i;
            String dest = "192.168." + (host >>> 8 & 0xFF) + "." + (host & 0xFF);
            String mac = Long.toHexString(r >>> 40 & 0xFF) + ":" + Long.toHexString(r >>> 32 & 0xFF) + ":"
                    + Long.toHexString(r >>> 24 & 0xFF) + ":" + Long.toHexString(r >>> 16 & 0xFF) + ":"
                    + Long.toHexString(r >>> 8 & 0xFF) + ":" + Long.toHexString(r & 0xFF);
            int kind = (int) ((r >>> 48) % 10);
            String expire;
            if (kind == 0) {
                expire = "!";
            } else if (kind == 1) {
                expire = "";
            } else {
                int secs = 1 + (int) ((r >>> 52) % 1200);
                if (s.changes() > 0) {
                    secs = Math.max(1, secs - 1 - change.nextInt(30)); // countdowns run on between two dumps
                }
                expire = Integer.toString(secs);
            }
            row4(dest, mac, kind == 1 ? "UHLWIi" : "UHLWI", "en0", expire);
        }

        /** A route pushed by the tunnel, as on a full BGP feed: mostly /24, some shorter, some hosts. */
        private void bulkRow() throws IOException {
            long r = base.nextLong();
            long g = base.nextLong();
            int a = 1 + (int) ((r >>> 56) % 223);
            if (a == 127 || a == 169 || a == 192) {
                a = 11;
            }
            long addr = ((long) a << 24) | (r & 0xFF_FFFFL);
            int pick = (int) ((r >>> 40) % 100);
            int len;
            boolean host = false;
            if (pick < 58) {
                len = 24;
            } else if (pick < 68) {
                len = 23;
            } else if (pick < 78) {
                len = 22;
            } else if (pick < 86) {
                len = 16 + (int) ((r >>> 32) % 6); // /16../21
            } else if (pick < 92) {
                len = 25 + (int) ((r >>> 32) % 6); // /25../30
            } else if (pick < 94) {
                len = 8 + (int) ((r >>> 32) % 8); // /8../15
            } else {
                len = 32;
                host = pick < 99;
            }
            addr &= len == 0 ? 0 : (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL;
            String iface = TUNNELS[(int) ((g >>> 60) % TUNNELS.length)];
            String gateway = "10.243." + (g >>> 8 & 0x3) + "." + (1 + (g & 0x3F));
            String flags = host ? "UGHS" : "UGSc";
            String expire = "";
            if ((g >>> 20) % 50 == 0) { // the odd interface route, as a VPN client installs for its subnet
                gateway = "link#" + (10 + (g >>> 24) % 8);
                flags = host ? "UHS" : "UCS";
                expire = "!";
            }
            if (s.changes() > 0) {
                double c = change.nextDouble();
                double third = s.changes() / 3;
                if (c < third) {
                    return; // withdrawn
                } else if (c < 2 * third) {
                    gateway = "10.243.7." + (1 + change.nextInt(200)); // re-routed
                } else if (c < s.changes()) {
                    row4(destination(addr, len, host), gateway, flags, iface, expire);
                    long extra = ((long) (1 + change.nextInt(126)) << 24) | ((long) change.nextInt(1 << 16) << 8);
                    row4(destination(extra, 24, false), gateway, "UGSc", iface, ""); // announced
                    return;
                }
            }
            row4(destination(addr, len, host), gateway, flags, iface, expire);
        }

        private void row4(String dest, String gw, String flags, String netif, String expire) throws IOException {
            StringBuilder b = line;
            b.setLength(0);
            pad(b.append(dest), 19);
            pad(b.append(gw), 38);
            pad(b.append(flags), 57);
            leftPad(b, netif, 6);
            if (!expire.isEmpty()) {
                b.append(' ');
                leftPad(b, expire, 6);
            }
            out.append(b.append('\n'));
        }

        private void row6(String dest, String gw, String flags, String netif) throws IOException {
            StringBuilder b = line;
            b.setLength(0);
            pad(b.append(dest), 40);
            pad(b.append(gw), 80);
            pad(b.append(flags), 99);
            leftPad(b, netif, 6);
            out.append(b.append('\n'));
        }

        private static void pad(StringBuilder b, int to) {
            if (b.length() >= to) {
                b.append(' ');
            }
            while (b.length() < to) {
                b.append(' ');
            }
        }

        private static void leftPad(StringBuilder b, String s, int width) {
            for (int i = s.length(); i < width; i++) {
                b.append(' ');
            }
            b.append(s);
        }
    }

    /**
     * netstat's spelling of an IPv4 destination: a classful network with its natural mask by its significant
     * octets alone ({@code 10}, {@code 172.16}, {@code 192.168.5}); any other network with trailing zero octets
     * dropped and its length ({@code 10.63/16}); a host route as a full dotted quad.
     */
    static String destination(long addr, int len, boolean host) {
        int o1 = (int) (addr >>> 24 & 0xFF);
        int o2 = (int) (addr >>> 16 & 0xFF);
        int o3 = (int) (addr >>> 8 & 0xFF);
        int o4 = (int) (addr & 0xFF);
        if (host) {
            return o1 + "." + o2 + "." + o3 + "." + o4;
        }
        int natural = o1 < 128 ? 8 : o1 < 192 ? 16 : 24;
        if (len == natural) {
            return natural == 8 ? Integer.toString(o1)
                    : natural == 16 ? o1 + "." + o2 : o1 + "." + o2 + "." + o3;
        }
        String text = o4 != 0 ? o1 + "." + o2 + "." + o3 + "." + o4
                : o3 != 0 ? o1 + "." + o2 + "." + o3
                : o2 != 0 ? o1 + "." + o2 : Integer.toString(o1);
        return text + "/" + len;
    }
}
