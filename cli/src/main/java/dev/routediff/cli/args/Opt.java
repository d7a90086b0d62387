package dev.routediff.cli.args;

/**
 * One option of a command: a long name, an optional one-letter short name, and either no value (a flag) or one value
 * shown in help as {@code --name=LABEL}. Immutable; the {@code with…} methods return a changed copy.
 */
public final class Opt {

    final String name;
    final char shortName;
    final String label;
    final String description;
    final boolean repeatable;
    final boolean negatable;

    private Opt(String name, char shortName, String label, String description, boolean repeatable, boolean negatable) {
        this.name = name;
        this.shortName = shortName;
        this.label = label;
        this.description = description;
        this.repeatable = repeatable;
        this.negatable = negatable;
    }

    /** An option without a value ({@code --all}); {@code --all=true} and {@code --all=false} are accepted too. */
    public static Opt flag(String name, String description) {
        return new Opt(name, (char) 0, null, description, false, false);
    }

    /** An option with one value: {@code --name VALUE} or {@code --name=VALUE}. */
    public static Opt value(String name, String label, String description) {
        return new Opt(name, (char) 0, label, description, false, false);
    }

    /** The same option with a one-letter short name ({@code -h}). */
    public Opt withShort(char c) {
        return new Opt(name, c, label, description, repeatable, negatable);
    }

    /** The same option, allowed any number of times; every value is kept in order. */
    public Opt repeatable() {
        return new Opt(name, shortName, label, description, true, negatable);
    }

    /** The same flag, with a {@code --no-} form that sets it to false. */
    public Opt negatable() {
        return new Opt(name, shortName, label, description, repeatable, true);
    }

    public String name() {
        return name;
    }

    public boolean takesValue() {
        return label != null;
    }

    /** The one-letter form ({@code -o}), or null. */
    public String shortForm() {
        return shortName == 0 ? null : "-" + shortName;
    }

    /** How help and error messages show it: {@code '--format' (FORMAT)} or {@code '--all'}. */
    String quoted() {
        return "'" + name + "'" + (label == null ? "" : " (" + label + ")");
    }

    /** The text of the option column: {@code --format=FORMAT}, {@code --[no-]split-tunnel}. */
    String longText() {
        String n = negatable ? "--[no-]" + name.substring(2) : name;
        return label == null ? n : n + "=" + label;
    }

    /** The key help sorts options by: the short name if there is one, else the long name without dashes. */
    String sortKey() {
        return shortName != 0 ? String.valueOf(shortName).toLowerCase(java.util.Locale.ROOT)
                : name.substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
