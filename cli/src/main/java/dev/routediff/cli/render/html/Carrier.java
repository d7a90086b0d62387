package dev.routediff.cli.render.html;

/** What carries the addresses of one map cell. */
enum Carrier {
    TUNNEL("tunnel", "Tunnel"),
    LAN("lan", "LAN or local"),
    DEFAULT("default", "Default route"),
    NONE("none", "No route"),
    MIXED("mixed", "Mixed"),
    REDACTED("redacted", "Public, redacted");

    final String css;
    final String label;

    Carrier(String css, String label) {
        this.css = css;
        this.label = label;
    }
}
