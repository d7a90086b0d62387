package dev.routediff.cli.args;

import java.util.ArrayList;
import java.util.List;

/**
 * The help of a command, laid out as it always was: the usage line (wrapped under its own start), the description,
 * the parameters and options in two columns (options sorted by name, {@code -h} under h), the subcommands, and the
 * footer. Lines are at most {@value #WIDTH} characters; descriptions wrap at spaces.
 */
public final class Help {

    static final int WIDTH = 80;

    private Help() {
    }

    public static String render(CommandSpec spec) {
        StringBuilder sb = new StringBuilder();
        usage(spec, sb);
        for (String d : spec.description) {
            wrap(sb, d, 0, 0);
        }
        List<Opt> sorted = new ArrayList<>(spec.options);
        sorted.sort((a, b) -> {
            int c = a.sortKey().compareTo(b.sortKey());
            return c != 0 ? c : a.name.compareTo(b.name);
        });
        int width = 0;
        for (Opt o : sorted) {
            width = Math.max(width, o.longText().length());
        }
        for (Param p : spec.params) {
            width = Math.max(width, p.helpLabel().length());
        }
        int column = 6 + width + 3;
        for (Param p : spec.params) {
            row(sb, "      " + p.helpLabel(), column, p.description);
        }
        for (Opt o : sorted) {
            String head = o.shortName != 0 ? "  -" + o.shortName + ", " : "      ";
            row(sb, head + o.longText(), column, o.description);
        }
        if (!spec.commands.isEmpty()) {
            sb.append("Commands:\n");
            int names = 0;
            for (String[] c : spec.commands) {
                names = Math.max(names, c[0].length());
            }
            for (String[] c : spec.commands) {
                row(sb, "  " + c[0], 2 + names + 2, c[1]);
            }
        }
        for (String f : spec.footer) {
            wrap(sb, f, 0, 0);
        }
        return sb.toString();
    }

    private static void usage(CommandSpec spec, StringBuilder sb) {
        List<String> tokens = usageTokens(spec);
        String head = "Usage: " + spec.qualifiedName;
        StringBuilder line = new StringBuilder(head);
        int indent = head.length() + 1;
        for (String t : tokens) {
            if (line.length() + 1 + t.length() > WIDTH && line.length() > indent) {
                sb.append(line).append('\n');
                line.setLength(0);
                line.append(" ".repeat(indent - 1));
            }
            line.append(' ').append(t);
        }
        sb.append(line).append('\n');
    }

    /** The words of the usage line after the command's name: {@code [-hV]}, the options, the parameters. */
    static List<String> usageTokens(CommandSpec spec) {
        List<String> tokens = new ArrayList<>();
        StringBuilder shorts = new StringBuilder();
        List<String> flags = new ArrayList<>();
        List<String> single = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (Opt o : spec.options) {
            if (o.shortName != 0 && !o.takesValue()) {
                shorts.append(o.shortName);
            } else if (!o.takesValue()) {
                flags.add("[" + o.longText() + "]");
            } else if (o.repeatable) {
                repeated.add("[" + o.longText() + "]...");
            } else {
                single.add("[" + o.longText() + "]");
            }
        }
        if (shorts.length() > 0) {
            char[] cs = shorts.toString().toCharArray();
            java.util.Arrays.sort(cs);
            // lower case first, as the usage line always showed it: [-hV]
            StringBuilder ordered = new StringBuilder();
            for (char c : cs) {
                if (Character.isLowerCase(c)) {
                    ordered.append(c);
                }
            }
            for (char c : cs) {
                if (!Character.isLowerCase(c)) {
                    ordered.append(c);
                }
            }
            tokens.add("[-" + ordered + "]");
        }
        flags.sort(Help::byName);
        single.sort(Help::byName);
        repeated.sort(Help::byName);
        tokens.addAll(flags);
        tokens.addAll(single);
        tokens.addAll(repeated);
        for (Param p : spec.params) {
            tokens.add(p.required ? p.helpLabel() : "[" + p.helpLabel() + "]");
        }
        if (!spec.commands.isEmpty()) {
            tokens.add("[COMMAND]");
        }
        return tokens;
    }

    /** Sorts {@code [--name=X]} tokens by name, ignoring brackets, dashes and a {@code [no-]}. */
    private static int byName(String a, String b) {
        return key(a).compareTo(key(b));
    }

    private static String key(String t) {
        return t.replace("[", "").replace("]", "").replace("no-", "").replace("-", "");
    }

    /** A two-column row: {@code head}, then the text from {@code column}, continuation lines two further in. */
    private static void row(StringBuilder sb, String head, int column, String text) {
        if (head.length() + 1 > column) {
            sb.append(head).append('\n');
            head = "";
        }
        sb.append(head).append(" ".repeat(column - head.length()));
        wrap(sb, text, column, column + 2);
    }

    /**
     * Appends {@code text} wrapped at spaces to {@link #WIDTH}: the first line continues what is already there (at
     * {@code first} characters), the others start {@code indent} blanks in.
     */
    private static void wrap(StringBuilder sb, String text, int first, int indent) {
        int room = WIDTH - first;
        String rest = text;
        while (rest.length() > room) {
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                cut = rest.indexOf(' ');
                if (cut < 0) {
                    break;
                }
            }
            sb.append(rest, 0, cut).append('\n').append(" ".repeat(indent));
            rest = rest.substring(cut + 1);
            room = WIDTH - indent;
        }
        sb.append(rest).append('\n');
    }
}
