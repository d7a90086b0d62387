package dev.routediff.core.model;

/**
 * The BSD/macOS route flag letters, in the order netstat prints them, with their kernel bit and meaning
 * (xnu bsd/net/route.h; network_cmds netstat.tproj/route.c).
 */
public enum RouteFlag {
    UP('U', 0x1, "route usable"),
    GATEWAY('G', 0x2, "destination requires forwarding by an intermediary"),
    HOST('H', 0x4, "host entry (network otherwise)"),
    REJECT('R', 0x8, "host or net unreachable"),
    DYNAMIC('D', 0x10, "created dynamically (by redirect)"),
    MODIFIED('M', 0x20, "modified dynamically (by redirect)"),
    MULTICAST('m', 0x800000, "route represents a multicast address"),
    DONE('d', 0x40, "message confirmed"),
    CLONING('C', 0x100, "generate new routes on use"),
    XRESOLVE('X', 0x200, "external daemon translates proto to link address"),
    LLINFO('L', 0x400, "valid protocol to link address translation"),
    STATIC('S', 0x800, "manually added"),
    PROTO1('1', 0x8000, "protocol specific routing flag #1"),
    PROTO2('2', 0x4000, "protocol specific routing flag #2"),
    WASCLONED('W', 0x20000, "route was generated as a result of cloning"),
    PRCLONING('c', 0x10000, "protocol-specified generate new routes on use"),
    PROTO3('3', 0x40000, "protocol specific routing flag #3"),
    BLACKHOLE('B', 0x1000, "just discard packets (during updates)"),
    BROADCAST('b', 0x400000, "the route represents a broadcast address"),
    IFSCOPE('I', 0x1000000, "route is associated with an interface scope"),
    IFREF('i', 0x4000000, "route is holding a reference to the interface"),
    PROXY('Y', 0x8000000, "proxying; cloned routes will not be scoped"),
    ROUTER('r', 0x10000000, "host is a default router"),
    GLOBAL('g', 0x40000000, "route to a destination of the global internet (policy hint)");

    private static final RouteFlag[] BY_LETTER = new RouteFlag[128];

    static {
        for (RouteFlag f : values()) {
            BY_LETTER[f.letter] = f;
        }
    }

    private final char letter;
    private final int bit;
    private final String meaning;

    RouteFlag(char letter, int bit, String meaning) {
        this.letter = letter;
        this.bit = bit;
        this.meaning = meaning;
    }

    public char letter() {
        return letter;
    }

    public int bit() {
        return bit;
    }

    public String meaning() {
        return meaning;
    }

    /** The flag for a letter, or null when the letter is not a macOS flag. */
    public static RouteFlag forLetter(char c) {
        return c < 128 ? BY_LETTER[c] : null;
    }
}
