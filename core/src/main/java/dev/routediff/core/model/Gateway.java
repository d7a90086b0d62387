package dev.routediff.core.model;

import java.util.Objects;

/**
 * Where a route sends traffic, in the forms route dumps print: an IP address, a BSD {@code link#N} interface index,
 * a MAC address (neighbour entries), an interface name ({@code route add -interface}), or anything else kept as text.
 */
public sealed interface Gateway {

    /** The gateway as the dump printed it (after parsing; MAC and link forms are kept verbatim). */
    String text();

    /** A stable lower-case name for the variant, used in JSON: address, link, mac, interface, other. */
    String kind();

    // Each variant writes out equals and hashCode: the generated ones of a record bootstrap through method handles
    // on first use, which costs a diff run tens of milliseconds of start-up (docs/performance.md).
    record Address(IpAddress address) implements Gateway {
        @Override
        public boolean equals(Object o) {
            return o instanceof Address a && address.equals(a.address);
        }

        @Override
        public int hashCode() {
            return address.hashCode();
        }

        public Address {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String text() {
            return address.toString();
        }

        @Override
        public String kind() {
            return "address";
        }
    }

    /** {@code link#N}: the interface with index N, no link-layer address (interface and incomplete ARP routes). */
    record Link(int index) implements Gateway {
        @Override
        public boolean equals(Object o) {
            return o instanceof Link l && index == l.index;
        }

        @Override
        public int hashCode() {
            return 31 + index;
        }

        @Override
        public String text() {
            return "link#" + index;
        }

        @Override
        public String kind() {
            return "link";
        }
    }

    /** A link-layer address, kept as printed ({@code 0:fc:8b:6b:f4:9e}: BSD drops leading zeros). */
    record Mac(String text) implements Gateway {
        @Override
        public boolean equals(Object o) {
            return o instanceof Mac g && text.equals(g.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode() * 31 + 3;
        }

        public Mac {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String kind() {
            return "mac";
        }
    }

    record Interface(String name) implements Gateway {
        @Override
        public boolean equals(Object o) {
            return o instanceof Interface g && name.equals(g.name);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + 9;
        }

        public Interface {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String text() {
            return name;
        }

        @Override
        public String kind() {
            return "interface";
        }
    }

    /** Text no other variant describes (a {@code link_ntoa} dump, a host name); kept whole, never guessed at. */
    record Other(String text) implements Gateway {
        @Override
        public boolean equals(Object o) {
            return o instanceof Other g && text.equals(g.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode() * 31 + 5;
        }

        public Other {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String kind() {
            return "other";
        }
    }

    /**
     * Classifies a printed gateway token. Only literal forms are recognised; a token that could be a host name is
     * {@link Other}, so nothing is ever resolved or invented.
     */
    static Gateway classify(String token) {
        IpAddress ip = IpAddress.tryParse(token);
        if (ip != null) {
            return new Address(ip);
        }
        if (token.startsWith("link#") && token.length() > 5 && token.length() <= 15 && allDigits(token, 5)) {
            return new Link(Integer.parseInt(token.substring(5)));
        }
        if (isMac(token)) {
            return new Mac(token);
        }
        if (isInterfaceName(token)) {
            return new Interface(token);
        }
        return new Other(token);
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Six colon-separated groups of one or two hex digits (BSD) or of exactly two (Linux, Windows with '-'). */
    static boolean isMac(String s) {
        int groups = 0;
        int digits = 0;
        char sep = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.digit(c, 16) >= 0) {
                if (++digits > 2) {
                    return false;
                }
            } else if (c == ':' || c == '-') {
                if (digits == 0 || (sep != 0 && c != sep)) {
                    return false;
                }
                sep = c;
                groups++;
                digits = 0;
            } else {
                return false;
            }
        }
        return digits > 0 && groups == 5;
    }

    /** Letters then digits, like en0, utun3, bridge100, vmnet8, ppp0. */
    static boolean isInterfaceName(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i == s.length() || i > 15) {
            return false;
        }
        return allDigits(s, i) && s.length() - i <= 5;
    }
}
