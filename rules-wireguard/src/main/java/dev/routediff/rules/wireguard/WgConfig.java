package dev.routediff.rules.wireguard;

import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.spi.RouteInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What wg-quick reads from a configuration file for routing: the [Interface] Address and Table, and each [Peer]'s
 * AllowedIPs and Endpoint. Keys and section names match case-insensitively and '#' starts a comment anywhere, as
 * wg-quick's {@code parse_options} does (nocasematch, {@code ${line%%\#*}}); the keys routing does not depend on
 * (PrivateKey, DNS, MTU, PostUp…) are accepted and ignored.
 *
 * @param source    the file name as given, for messages
 * @param name      the interface name wg-quick takes from the file name (wg0.conf gives wg0), or null
 * @param addresses the Address values in file order
 * @param table     the Table value as written, or "" when unset
 * @param tableLine the line of Table, 0 when unset
 * @param peers     the peers in file order
 */
public record WgConfig(String source, String name, List<Address> addresses, String table, int tableLine,
                       List<Peer> peers) {

    /** wg-quick's own rule for an interface name taken from a file name (darwin.bash parse_options). */
    private static final Pattern FILE_NAME = Pattern.compile("([a-zA-Z0-9_=+.-]{1,15})\\.conf");
    /** host:port with the IPv6 literal in brackets; the host part is what wg(8) would resolve. */
    private static final Pattern ENDPOINT = Pattern.compile("(?:\\[([0-9A-Fa-f:.]+(?:%[A-Za-z0-9]+)?)\\]|([^\\[\\]:\\s]+)):([0-9]{1,5})");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9-]{1,63})*\\.?");

    public WgConfig {
        addresses = List.copyOf(addresses);
        peers = List.copyOf(peers);
    }

    /**
     * An interface address: the address itself and the length given (host length when none was).
     * Not a {@link Prefix}, which would clear the host bits that are the point here.
     */
    public record Address(IpAddress ip, int length, int line) {
        public Prefix prefix() {
            return Prefix.of(ip, length);
        }

        public boolean isIpv4() {
            return ip.family() == AddressFamily.INET;
        }
    }

    /** A peer endpoint: an IP literal, or a name kept as written (never resolved). */
    public record Endpoint(String host, IpAddress ip, int port, int line) {
        public boolean isName() {
            return ip == null;
        }
    }

    public record Peer(int line, List<Prefix> allowedIps, Endpoint endpoint) {
        public Peer {
            allowedIps = List.copyOf(allowedIps);
        }
    }

    /** Reads a configuration file; every problem is a one-line {@link RouteInputException}. */
    public static WgConfig read(String file, Platform platform) {
        Path path = Path.of(file);
        String text;
        try (InputStream in = TextInput.openFile(file, "a WireGuard configuration")) {
            TextInput input = TextInput.open(file, in);
            StringBuilder sb = new StringBuilder();
            try (BufferedReader r = new BufferedReader(input.reader())) {
                String line;
                while ((line = r.readLine()) != null) {
                    sb.append(line).append('\n');
                }
            }
            text = sb.toString();
        } catch (NoSuchFileException e) {
            throw new RouteInputException(file, "no such file");
        } catch (IOException e) {
            throw new RouteInputException(file, "cannot read: " + e.getMessage());
        }
        Path fileName = path.getFileName();
        Matcher m = FILE_NAME.matcher(fileName == null ? "" : fileName.toString());
        return parse(file, m.matches() ? m.group(1) : null, text, platform);
    }

    /** Parses configuration text; {@code name} is the interface name from the file name, or null. */
    public static WgConfig parse(String source, String name, String text, Platform platform) {
        List<Address> addresses = new ArrayList<>();
        List<Peer> peers = new ArrayList<>();
        String table = "";
        int tableLine = 0;
        int interfaceLine = 0;
        String section = null;
        List<Prefix> allowed = null;
        Endpoint endpoint = null;
        int peerLine = 0;
        List<String> lines = new BufferedReader(new StringReader(text)).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String raw = lines.get(i);
            int hash = raw.indexOf('#');
            String stripped = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.startsWith("[")) {
                if (section != null && section.equals("peer")) {
                    peers.add(new Peer(peerLine, allowed, endpoint));
                }
                String s = stripped.toLowerCase(Locale.ROOT);
                if (s.equals("[interface]")) {
                    if (interfaceLine != 0) {
                        throw new RouteInputException(source, n, "expected one [Interface] section, found a second "
                                + "(the first is on line " + interfaceLine + ")");
                    }
                    interfaceLine = n;
                    section = "interface";
                } else if (s.equals("[peer]")) {
                    section = "peer";
                    allowed = new ArrayList<>();
                    endpoint = null;
                    peerLine = n;
                } else {
                    throw new RouteInputException(source, n, "expected [Interface] or [Peer], found '" + stripped + "'");
                }
                continue;
            }
            int eq = stripped.indexOf('=');
            if (eq < 0) {
                throw new RouteInputException(source, n, "expected a section such as [Peer] or a line NAME = VALUE, "
                        + "found '" + stripped + "'");
            }
            String key = stripped.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = stripped.substring(eq + 1).strip();
            if (section == null) {
                throw new RouteInputException(source, n, "expected [Interface] or [Peer] before the first setting, "
                        + "found '" + stripped + "'");
            }
            if (section.equals("interface")) {
                if (key.equals("address")) {
                    for (String item : items(value)) {
                        addresses.add(address(source, n, item));
                    }
                } else if (key.equals("table")) {
                    table = table(source, n, value, platform);
                    tableLine = n;
                }
            } else {
                if (key.equals("allowedips")) {
                    for (String item : items(value)) {
                        allowed.add(allowedIp(source, n, item));
                    }
                } else if (key.equals("endpoint")) {
                    endpoint = endpoint(source, n, value);
                }
            }
        }
        if (section != null && section.equals("peer")) {
            peers.add(new Peer(peerLine, allowed, endpoint));
        }
        if (interfaceLine == 0) {
            throw new RouteInputException(source, "expected an [Interface] section, found none");
        }
        return new WgConfig(source, name, addresses, table, tableLine, peers);
    }

    /** wg-quick splits on commas and blanks ({@code ${value//,/ }} then word splitting). */
    private static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split("[,\\s]+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static Address address(String source, int line, String item) {
        int slash = item.indexOf('/');
        IpAddress ip = IpAddress.tryParse(slash < 0 ? item : item.substring(0, slash));
        int length = -1;
        if (ip != null && ip.zone() == null) {
            length = slash < 0 ? ip.family().bits() : Prefix.parseLength(item.substring(slash + 1), ip.family().bits());
        }
        if (length < 0) {
            throw new RouteInputException(source, line, "expected an Address such as 10.8.0.2/24 or fd00::2/64, "
                    + "found '" + item + "'");
        }
        return new Address(ip, length, line);
    }

    private static Prefix allowedIp(String source, int line, String item) {
        int slash = item.indexOf('/');
        IpAddress ip = IpAddress.tryParse(slash < 0 ? item : item.substring(0, slash));
        int length = -1;
        if (ip != null && ip.zone() == null) {
            length = slash < 0 ? ip.family().bits() : Prefix.parseLength(item.substring(slash + 1), ip.family().bits());
        }
        if (length < 0) {
            throw new RouteInputException(source, line, "expected an AllowedIPs CIDR such as 10.8.0.0/24 or ::/0, "
                    + "found '" + item + "'");
        }
        return Prefix.of(ip, length);
    }

    private static Endpoint endpoint(String source, int line, String value) {
        Matcher m = ENDPOINT.matcher(value);
        if (m.matches()) {
            int port = Integer.parseInt(m.group(3));
            String bracketed = m.group(1);
            String host = bracketed != null ? bracketed : m.group(2);
            IpAddress ip = IpAddress.tryParse(host);
            boolean ok = port <= 65535 && (bracketed != null ? ip != null && !ip.isIpv4()
                    : ip != null || (HOST_NAME.matcher(host).matches() && !host.matches("[0-9.]+")));
            if (ok) {
                return new Endpoint(host, ip, port, line);
            }
        }
        throw new RouteInputException(source, line, "expected an Endpoint HOST:PORT such as 203.0.113.5:51820 or "
                + "[2001:db8::1]:51820, found '" + value + "'");
    }

    private static String table(String source, int line, String value, Platform platform) {
        // Compared as written: wg-quick drops nocasematch before it tests Table, so "Off" is not off.
        String t = value;
        if (t.equals("auto") || t.equals("main") || t.equals("off")) {
            return t;
        }
        if (platform == Platform.LINUX) {
            if (t.matches("[0-9]{1,10}") && Long.parseLong(t) <= 0xFFFFFFFFL) {
                return t;
            }
            throw new RouteInputException(source, line, "expected Table = auto, main, off or a table number, "
                    + "found '" + value + "'");
        }
        throw new RouteInputException(source, line, "expected Table = auto, main or off (wg-quick on macOS refuses "
                + "others), found '" + value + "'");
    }
}
