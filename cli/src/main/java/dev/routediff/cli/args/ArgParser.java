package dev.routediff.cli.args;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a command line against a {@link CommandSpec}: {@code --opt value}, {@code --opt=value}, {@code --no-flag},
 * clustered short flags ({@code -hV}), {@code --} ending the options, positional parameters in order. The messages
 * of its {@link UsageException}s are those the command line has always printed (they were picocli's).
 */
public final class ArgParser {

    private ArgParser() {
    }

    /** Parses {@code args[from..]} as a command's arguments. */
    public static ParsedLine parse(CommandSpec spec, String[] args, int from) throws UsageException {
        return parse(spec, args, from, false);
    }

    /**
     * Parses a root command line: options up to the first positional argument, whose index is
     * {@link ParsedLine#commandIndex()}; what follows it is not looked at.
     */
    public static ParsedLine parseRoot(CommandSpec spec, String[] args) throws UsageException {
        return parse(spec, args, 0, true);
    }

    private static ParsedLine parse(CommandSpec spec, String[] args, int from, boolean root) throws UsageException {
        ParsedLine line = new ParsedLine();
        // Help and version win over any mistake on the same line, wherever they are.
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--") || (root && !a.startsWith("-"))) {
                break;
            }
            Opt o = spec.find(a);
            if (o != null && o.takesValue()) {
                i++;
            } else if (o == CommandSpec.HELP || cluster(spec, a, 'h')) {
                line.help = true;
                return line;
            } else if (o == CommandSpec.VERSION || cluster(spec, a, 'V')) {
                line.version = true;
                return line;
            }
        }
        List<String> positional = new ArrayList<>();
        List<Integer> positionIndex = new ArrayList<>();
        boolean options = true;
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (options && a.equals("--")) {
                options = false;
                continue;
            }
            if (!options || a.equals("-") || !a.startsWith("-")) {
                if (root) {
                    line.rest = i;
                    return line;
                }
                positional.add(a);
                positionIndex.add(i);
                continue;
            }
            Opt o = spec.find(a);
            if (o != null) {
                if (o.takesValue()) {
                    if (i + 1 >= args.length || isOption(spec, args[i + 1])) {
                        throw new UsageException("Missing required parameter for option '" + o.name + "' (" + o.label
                                + ")");
                    }
                    put(line, o, args[++i]);
                } else {
                    put(line, o, "true");
                }
                continue;
            }
            Opt negated = spec.findNegated(a);
            if (negated != null) {
                put(line, negated, "false");
                continue;
            }
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                Opt named = spec.find(a.substring(0, eq));
                if (named != null) {
                    String v = a.substring(eq + 1);
                    if (!named.takesValue()) {
                        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                            throw ParsedLine.invalid(named, "'" + v + "' is not a boolean");
                        }
                        v = ParsedLine.lower(v);
                    }
                    put(line, named, v);
                    continue;
                }
            }
            if (clusterOfFlags(spec, a)) {
                for (int c = 1; c < a.length(); c++) {
                    put(line, spec.find("-" + a.charAt(c)), "true");
                }
                continue;
            }
            String typed = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            throw new UsageException("Unknown option: '" + a + "'" + Suggest.didYouMean(typed, spec.optionNames()));
        }
        assign(spec, line, positional, positionIndex);
        return line;
    }

    private static void put(ParsedLine line, Opt o, String value) throws UsageException {
        List<String> v = line.values.get(o);
        if (v == null) {
            v = new ArrayList<>(1);
            line.values.put(o, v);
        } else if (!o.repeatable) {
            throw new UsageException("option " + o.quoted() + " should be specified only once");
        }
        v.add(value);
    }

    private static void assign(CommandSpec spec, ParsedLine line, List<String> positional, List<Integer> index)
            throws UsageException {
        int next = 0;
        List<String> missing = new ArrayList<>();
        for (Param p : spec.params) {
            if (next < positional.size()) {
                int end = p.many ? positional.size() : next + 1;
                line.params.put(p, new ArrayList<>(positional.subList(next, end)));
                next = end;
            } else if (p.required) {
                missing.add("'" + p.label + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException("Missing required parameter" + (missing.size() == 1 ? ": " : "s: ")
                    + String.join(", ", missing));
        }
        if (next < positional.size()) {
            StringBuilder sb = new StringBuilder();
            for (int i = next; i < positional.size(); i++) {
                sb.append(i == next ? "" : ", ").append('\'').append(positional.get(i)).append('\'');
            }
            throw new UsageException((next == positional.size() - 1 ? "One argument too many: " : "Arguments too many: ")
                    + sb + " (expected " + expected(spec) + ")");
        }
    }

    /** {@code BEFORE AFTER}, {@code TABLE ADDRESS...}: the parameters as help shows them. */
    private static String expected(CommandSpec spec) {
        if (spec.params.isEmpty()) {
            return "no arguments";
        }
        StringBuilder sb = new StringBuilder();
        for (Param p : spec.params) {
            sb.append(sb.length() == 0 ? "" : " ").append(p.label).append(p.many ? "..." : "");
        }
        return sb.toString();
    }

    /** Whether a value position holds an option of this command instead (then the value is missing). */
    private static boolean isOption(CommandSpec spec, String a) {
        if (!a.startsWith("-") || a.equals("-")) {
            return false;
        }
        int eq = a.indexOf('=');
        return spec.find(a) != null || spec.findNegated(a) != null
                || (a.startsWith("--") && eq > 0 && spec.find(a.substring(0, eq)) != null);
    }

    /** {@code -hV} and the like: every letter a short flag of this command. */
    private static boolean clusterOfFlags(CommandSpec spec, String a) {
        if (a.length() < 3 || a.charAt(0) != '-' || a.charAt(1) == '-') {
            return false;
        }
        for (int c = 1; c < a.length(); c++) {
            Opt o = spec.find("-" + a.charAt(c));
            if (o == null || o.takesValue()) {
                return false;
            }
        }
        return true;
    }

    private static boolean cluster(CommandSpec spec, String a, char letter) {
        return clusterOfFlags(spec, a) && a.indexOf(letter) > 0;
    }
}
