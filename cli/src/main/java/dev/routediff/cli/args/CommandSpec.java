package dev.routediff.cli.args;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a command accepts, declared in plain code: its options (own and shared groups), its positional parameters,
 * and the texts of its help. Every command gets {@code -h/--help} and {@code -V/--version}.
 */
public final class CommandSpec {

    public static final Opt HELP = Opt.flag("--help", "Show this help message and exit.").withShort('h');
    public static final Opt VERSION = Opt.flag("--version", "Print version information and exit.").withShort('V');

    final String qualifiedName;
    final List<String> description = new ArrayList<>();
    final List<Opt> options = new ArrayList<>();
    final List<Param> params = new ArrayList<>();
    final List<String[]> commands = new ArrayList<>();
    final List<String> footer = new ArrayList<>();

    /** @param qualifiedName the name as typed, e.g. {@code routediff parse} */
    public CommandSpec(String qualifiedName) {
        this.qualifiedName = qualifiedName;
        options.add(HELP);
        options.add(VERSION);
    }

    public String qualifiedName() {
        return qualifiedName;
    }

    /** Paragraphs of the description, each wrapped to the help's width; "" is an empty line. */
    public CommandSpec description(String... paragraphs) {
        Collections.addAll(description, paragraphs);
        return this;
    }

    public CommandSpec options(Opt... opts) {
        Collections.addAll(options, opts);
        return this;
    }

    public CommandSpec options(List<Opt> opts) {
        options.addAll(opts);
        return this;
    }

    public CommandSpec params(Param... ps) {
        Collections.addAll(params, ps);
        return this;
    }

    /** A subcommand as help lists it (the parsing of subcommands is the caller's). */
    public CommandSpec command(String name, String summary) {
        commands.add(new String[] {name, summary});
        return this;
    }

    public CommandSpec footer(String... lines) {
        Collections.addAll(footer, lines);
        return this;
    }

    /** Every spelling of this command's long options ({@code --all}, {@code --no-split-tunnel}), for suggestions. */
    public List<String> optionNames() {
        List<String> names = new ArrayList<>();
        for (Opt o : options) {
            names.add(o.name);
            if (o.negatable) {
                names.add("--no-" + o.name.substring(2));
            }
        }
        return names;
    }

    /** The option of this command spelled {@code --name} or {@code -c}, or null. */
    Opt find(String token) {
        for (Opt o : options) {
            if (token.equals(o.name)) {
                return o;
            }
            if (o.shortName != 0 && token.length() == 2 && token.charAt(0) == '-' && token.charAt(1) == o.shortName) {
                return o;
            }
        }
        return null;
    }

    /** The negatable option spelled {@code --no-name}, or null. */
    Opt findNegated(String token) {
        if (!token.startsWith("--no-")) {
            return null;
        }
        for (Opt o : options) {
            if (o.negatable && token.length() == o.name.length() + 3 && token.endsWith(o.name.substring(2))) {
                return o;
            }
        }
        return null;
    }
}
