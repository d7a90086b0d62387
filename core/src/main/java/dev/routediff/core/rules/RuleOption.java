package dev.routediff.core.rules;

import dev.routediff.core.spi.PluginIds;
import java.util.Objects;

/**
 * A setting a rule set reads, declared so that the command line can offer it, document it and check it before the
 * rule set runs. The CLI spells it {@code --name}; a {@link Kind#SWITCH} also as {@code --no-name}. Its values reach
 * the rule set in {@link RuleSettings} under {@code name}. Several rule sets may declare the same name (say
 * {@code platform}); they then share the option.
 *
 * @param name       lower-case words joined by '-' ({@code client-cidr}), without the dashes of the command line
 * @param kind       what a value must look like
 * @param label      the value's placeholder in help ({@code CIDR}); ignored for a switch
 * @param help       one sentence for {@code --help}
 * @param repeatable whether the option may be given more than once (every value is kept, in order)
 */
public record RuleOption(String name, Kind kind, String label, String help, boolean repeatable) {

    /** What a value must look like; the command line checks it before the rule set sees it. */
    public enum Kind {
        /** On or off: {@code --x} gives "true", {@code --no-x} gives "false". */
        SWITCH,
        /** Any text. */
        TEXT,
        /** An IPv4 or IPv6 network in CIDR notation, with its prefix length and no host bits. */
        CIDR,
        /** One IPv4 or IPv6 address. */
        ADDRESS,
        /** A whole number. */
        INTEGER,
        /** The path of a file to read. */
        FILE
    }

    public RuleOption {
        PluginIds.requireValid(name);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(help, "help");
        label = kind == Kind.SWITCH ? null : Objects.requireNonNull(label, "label");
    }

    /** A switch: {@code --name} / {@code --no-name}. */
    public static RuleOption toggle(String name, String help) {
        return new RuleOption(name, Kind.SWITCH, null, help, false);
    }

    /** An option with one value. */
    public static RuleOption of(String name, Kind kind, String label, String help) {
        return new RuleOption(name, kind, label, help, false);
    }

    /** The same option, allowed any number of times. */
    public RuleOption repeated() {
        return new RuleOption(name, kind, label, help, true);
    }
}
