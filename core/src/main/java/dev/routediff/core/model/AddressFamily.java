package dev.routediff.core.model;

/** The address family of a route; its {@link #label()} is the name used in JSON and tables. */
public enum AddressFamily {
    INET("inet", 32),
    INET6("inet6", 128);

    private final String label;
    private final int bits;

    AddressFamily(String label, int bits) {
        this.label = label;
        this.bits = bits;
    }

    public String label() {
        return label;
    }

    /** Width of an address of this family in bits. */
    public int bits() {
        return bits;
    }

    public static AddressFamily fromLabel(String label) {
        for (AddressFamily f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown address family '" + label + "', expected inet or inet6");
    }
}
