package dev.routediff.cli.args;

/** A positional parameter: its label in help and errors, and whether it is required and takes the rest. */
public final class Param {

    final String label;
    final String description;
    final boolean required;
    final boolean many;

    private Param(String label, String description, boolean required, boolean many) {
        this.label = label;
        this.description = description;
        this.required = required;
        this.many = many;
    }

    /** Exactly one value, required. */
    public static Param one(String label, String description) {
        return new Param(label, description, true, false);
    }

    /** One or more values: every remaining positional argument. */
    public static Param oneOrMore(String label, String description) {
        return new Param(label, description, true, true);
    }

    /** The same parameter, but it may be left out (only the last ones may be). */
    public Param optional() {
        return new Param(label, description, false, many);
    }

    String helpLabel() {
        return many ? label + "..." : label;
    }
}
