package dev.routediff.cli.args;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The manual page, {@code routediff.1}, in roff ({@code man -l routediff.1}), made from the same specs as the help, so
 * the two never disagree. The build writes it into the distribution's {@code man/man1}.
 */
public final class ManPage {

    private ManPage() {
    }

    /**
     * @param version     the version line ({@code routediff 0.1.0})
     * @param root        the root spec (description, global options, commands, footer)
     * @param commands    each command's spec by name, in the order of the page
     * @param sections    further sections: heading → paragraphs ({@code ENVIRONMENT}, {@code SEE ALSO}…)
     */
    public static String render(String version, CommandSpec root, Map<String, CommandSpec> commands,
                                Map<String, List<String>> sections) {
        StringBuilder sb = new StringBuilder();
        String name = root.qualifiedName;
        sb.append(".\\\" Made by '").append(name).append(" help --man' from the commands' own help; do not edit.\n")
                .append(".TH ").append(name.toUpperCase(java.util.Locale.ROOT)).append(" 1 \"\" \"")
                .append(esc(version)).append("\" \"User Commands\"\n")
                .append(".SH NAME\n").append(esc(name)).append(" \\- ")
                .append(esc(lowerFirst(stripDot(root.description.get(0))))).append('\n')
                .append(".SH SYNOPSIS\n");
        synopsis(sb, root);
        sb.append(".B ").append(esc(name)).append("\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n");
        sb.append(".SH DESCRIPTION\n");
        paragraphs(sb, root.description);
        sb.append(".SH COMMANDS\n");
        for (String[] c : root.commands) {
            sb.append(".TP\n.B ").append(esc(c[0])).append('\n').append(esc(c[1])).append('\n');
        }
        sb.append(".SH GLOBAL OPTIONS\n");
        options(sb, root.options);
        for (Map.Entry<String, CommandSpec> e : commands.entrySet()) {
            CommandSpec s = e.getValue();
            sb.append(".SH \"").append(esc(s.qualifiedName.toUpperCase(java.util.Locale.ROOT))).append("\"\n");
            synopsis(sb, s);
            paragraphs(sb, s.description);
            for (Param p : s.params) {
                sb.append(".TP\n.I ").append(esc(p.helpLabel())).append('\n').append(esc(p.description)).append('\n');
            }
            List<Opt> own = new ArrayList<>(s.options);
            own.removeIf(o -> root.options.stream().anyMatch(r -> r.name.equals(o.name)));
            options(sb, own);
        }
        sb.append(".SH EXIT STATUS\n");
        paragraphs(sb, root.footer);
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            sb.append(".SH \"").append(esc(e.getKey())).append("\"\n");
            paragraphs(sb, e.getValue());
        }
        return sb.toString();
    }

    private static void synopsis(StringBuilder sb, CommandSpec spec) {
        sb.append(".B ").append(esc(spec.qualifiedName)).append('\n');
        for (String t : Help.usageTokens(spec)) {
            sb.append(esc(t)).append('\n');
        }
        sb.append(".br\n");
    }

    private static void options(StringBuilder sb, List<Opt> opts) {
        for (Opt o : opts) {
            sb.append(".TP\n");
            String text = o.longText();
            int eq = text.indexOf('=');
            String head = (o.shortName != 0 ? "\\fB\\-" + o.shortName + "\\fR, " : "")
                    + "\\fB" + esc(eq < 0 ? text : text.substring(0, eq)) + "\\fR"
                    + (eq < 0 ? "" : "=\\fI" + esc(text.substring(eq + 1)) + "\\fR");
            sb.append(head).append('\n').append(esc(o.description)).append('\n');
        }
    }

    private static void paragraphs(StringBuilder sb, List<String> texts) {
        for (String t : texts) {
            if (t.isEmpty()) {
                continue;
            }
            sb.append(".PP\n").append(esc(t)).append('\n');
        }
    }

    /** Roff text: backslashes and hyphens escaped, no line starting with a control character. */
    static String esc(String s) {
        String e = s.replace("\\", "\\e").replace("-", "\\-");
        return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
