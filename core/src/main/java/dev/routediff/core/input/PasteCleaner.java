package dev.routediff.core.input;

import dev.routediff.core.spi.RouteInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes off what a copy from a terminal, an e-mail or a wiki puts around a route table, before any parser sees it:
 * a shell prompt and the command above the table, a prompt left below it, {@code > } quote markers on every line,
 * and the {@code |} borders and {@code |---|} rule of a Markdown table. Lines are never removed, only emptied or
 * edited in place, so every line number a parser reports is still the user's line (every parser skips blank lines).
 * A second route command's prompt after the first table's rows means two tables were pasted together: that is
 * refused in one line that says where the second starts.
 *
 * <p>One cleaner serves one input: {@link #sample(String)} decides from the start of the input whether its lines
 * are quoted or a Markdown table (and cleans the sample for detection); {@link #line} then cleans the whole input,
 * line by line. What it took off is summed up by {@link #notice()}.
 */
public final class PasteCleaner {

    /** What was taken off, by kind, in the order first met, with the lines it was on. */
    private final Map<String, Lines> removed = new LinkedHashMap<>();
    private final String source;
    private final Supplier<List<String>> routeCommands;
    private List<String[]> commandWords;
    private boolean quoted;
    private boolean noisySample;
    private boolean markdown;
    private boolean content;
    private int firstContentLine;
    private int tableCommandLine;
    private int markdownRuleLine;
    private int lastContentLine;

    /**
     * @param source        the input's name, for messages
     * @param routeCommands the commands that print route tables ({@code netstat -rn}, {@code route print}), asked
     *                      only when a prompt line is met: the installed parsers declare them
     */
    public PasteCleaner(String source, Supplier<List<String>> routeCommands) {
        this.source = source;
        this.routeCommands = routeCommands;
    }

    /**
     * Decides from the start of the input which kinds of noise its lines carry and returns that start cleaned, for
     * detection. Two tables within the sample are refused here already.
     */
    public String sample(String sample) {
        return sample(sample, 1);
    }

    /** As {@link #sample(String)}, for a sample whose first line is line {@code firstLine} of the input. */
    public String sample(String sample, int firstLine) {
        String[] lines = lines(sample);
        int nonBlank = 0;
        int quotedLines = 0;
        String previous = null;
        for (String line : lines) {
            if (Fields.isBlankLine(line)) {
                continue;
            }
            nonBlank++;
            if (line.charAt(0) == '>') {
                quotedLines++;
            }
            String t = unquote(line).strip();
            if (previous != null && previous.startsWith("|") && Shapes.MARKDOWN_RULE.matcher(t).matches()) {
                markdown = true;
            }
            previous = t;
        }
        quoted = nonBlank > 0 && quotedLines == nonBlank;
        StringBuilder out = new StringBuilder(sample.length());
        for (int i = 0; i < lines.length; i++) {
            String c = line(lines[i], firstLine + i);
            out.append(c == null ? lines[i] : c);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        noisySample = !removed.isEmpty();
        reset();
        return out.toString();
    }

    /** The lines of {@code text}, split at CR LF, CR or LF, as {@code split("\r\n|\r|\n", -1)} would without a regex. */
    private static String[] lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /** Whether {@link #sample} found anything to take off. */
    public boolean noisySample() {
        return noisySample;
    }

    /** Forgets what the sample's lines showed (not the kinds of noise): the whole input is cleaned from line 1. */
    private void reset() {
        removed.clear();
        content = false;
        firstContentLine = 0;
        tableCommandLine = 0;
        markdownRuleLine = 0;
        lastContentLine = 0;
    }

    /** Whether {@link #sample} found quote markers or a Markdown table, which change nearly every line. */
    public boolean rewritesRows() {
        return quoted || markdown;
    }

    /**
     * The line cleaned, or null when it stays as it is. {@code number} is its 1-based line number; lines must come
     * in order.
     */
    public String line(String line, int number) {
        String t = line;
        boolean changed = false;
        if (quoted && !t.isEmpty() && t.charAt(0) == '>') {
            t = unquote(t);
            note("'> ' quote markers", number);
            changed = true;
        }
        if (Fields.isBlankLine(t)) {
            return changed ? t : null;
        }
        if (markdown) {
            String s = t.strip();
            if (Shapes.MARKDOWN_RULE.matcher(s).matches()) {
                if (markdownRuleLine > 0 && content && lastContentLine > markdownRuleLine) {
                    throw secondTable(lastContentLine, "a second Markdown table");
                }
                markdownRuleLine = number;
                note("a Markdown table's rule and | borders", number);
                return "";
            }
            if (s.startsWith("|")) {
                t = cells(s);
                note("a Markdown table's rule and | borders", number);
                changed = true;
            }
        }
        if (mayBePrompt(t)) {
            String command = promptCommand(t.strip());
            if (command != null) {
                return prompt(command, number);
            }
        }
        if (!content) {
            firstContentLine = number;
        }
        content = true;
        lastContentLine = number;
        return changed ? t : null;
    }

    private String prompt(String command, int number) {
        if (command.isEmpty()) {
            note(content ? "a trailing shell prompt" : "a shell prompt", number);
            return "";
        }
        boolean table = printsRouteTable(command);
        if (table && content) {
            if (tableCommandLine > 0) {
                throw secondTable(number, "a second '" + command + "'");
            }
            return null; // output of other commands came first: the parser decides what to make of it
        }
        if (table) {
            tableCommandLine = number;
        }
        note(content ? "a shell prompt with a command" : "a shell prompt and command", number);
        return "";
    }

    private RouteInputException secondTable(int line, String what) {
        return secondTable(source, line, Math.max(1, firstContentLine), what);
    }

    /**
     * The one-line refusal of a second table in one input (a before and an after pasted together), for parsers too:
     * where the second starts and how to split the input there.
     *
     * @param line      the second table's first line
     * @param firstLine the first table's first line
     * @param what      what starts there, e.g. {@code a second 'netstat -nr'} or {@code a second IPv4 route table}
     */
    public static RouteInputException secondTable(String source, int line, int firstLine, String what) {
        String split = source.equals(RouteTableReader.STDIN) || line < 2
                ? "split the input there and give each table on its own"
                : "split it there, e.g. head -n " + (line - 1) + " " + source + " > before.txt; tail -n +" + line + " "
                        + source + " > after.txt";
        return new RouteInputException(source, line, "expected one route table per input, found " + what
                + " starting here (the first starts at line " + firstLine + "); tables are not merged: " + split);
    }

    /** Cheap test first: a prompt has one of {@code $ % # >} followed by a blank or ending the line (or any {@code >}). */
    private static boolean mayBePrompt(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if ((c == '$' || c == '%' || c == '#') && (i + 1 == n || Fields.isBlank(line.charAt(i + 1))) || c == '>') {
                return true;
            }
        }
        return false;
    }

    /**
     * For large inputs: when the characters {@code a[from, to)} are a line this cleaner leaves as it is (no quote or
     * Markdown mode, no prompt character), records it and returns true; false means: call {@link #line}.
     */
    boolean passes(char[] a, int from, int to, int number) {
        if (quoted || markdown) {
            return false;
        }
        boolean blank = true;
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c <= ' ' && Fields.isBlank(c)) {
                continue;
            }
            blank = false;
            if ((c == '$' || c == '%' || c == '#') && (i + 1 == to || Fields.isBlank(a[i + 1])) || c == '>') {
                return false;
            }
        }
        return plain(number, blank);
    }

    /** Records a line known to hold no prompt character (blank or not); true, as it passes unchanged. */
    boolean plain(int number, boolean blank) {
        if (!blank) {
            if (!content) {
                firstContentLine = number;
            }
            content = true;
            lastContentLine = number;
        }
        return true;
    }

    /** The command typed after a prompt ({@code ""} for a prompt alone), or null when the line is not a prompt. */
    private String promptCommand(String line) {
        Matcher m = Shapes.POWERSHELL_PROMPT.matcher(line);
        if (m.matches()) {
            String c = m.group(1) != null ? m.group(1) : m.group(2);
            return c == null ? "" : c.strip();
        }
        m = Shapes.CMD_PROMPT.matcher(line);
        if (m.matches()) {
            return m.group(1).strip();
        }
        m = Shapes.UNIX_PROMPT.matcher(line);
        if (m.matches()) {
            return m.group(2) == null ? "" : m.group(2).strip();
        }
        m = Shapes.BARE_PROMPT.matcher(line);
        if (m.matches()) {
            String c = m.group(2) == null ? "" : m.group(2).strip();
            // '# text' is as often a comment as a root prompt: only a route command makes it a prompt
            return !m.group(1).equals("#") || c.isEmpty() || printsRouteTable(c) ? c : null;
        }
        return null;
    }

    /**
     * Whether a typed command is one the installed parsers declare ({@code netstat -nr} matches {@code netstat -rn}:
     * the same program, and the declared options and words among the typed ones, in any order; {@code sudo} and
     * what follows a pipe do not count).
     */
    boolean printsRouteTable(String command) {
        String[] typed = words(command);
        if (typed.length == 0) {
            return false;
        }
        if (commandWords == null) {
            commandWords = new ArrayList<>();
            for (String c : routeCommands.get()) {
                String[] w = words(c);
                if (w.length > 0) {
                    commandWords.add(w);
                }
            }
        }
        List<String> have = List.of(typed);
        for (String[] declared : commandWords) {
            if (!declared[0].equals(typed[0])) {
                continue;
            }
            boolean all = true;
            for (int i = 1; i < declared.length && all; i++) {
                all = have.contains(declared[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Program name (lower case, without .exe), then each option letter as {@code -x} and each other word. */
    private static String[] words(String command) {
        int pipe = command.indexOf('|');
        String c = (pipe < 0 ? command : command.substring(0, pipe)).strip().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : Fields.split(c)) {
            if (out.isEmpty() && (w.equals("sudo") || w.equals("doas"))) {
                continue;
            }
            if (out.isEmpty()) {
                out.add(w.endsWith(".exe") ? w.substring(0, w.length() - 4) : w);
            } else if (w.startsWith("-") && !w.startsWith("--") && w.length() > 2 && w.chars().allMatch(
                    ch -> ch == '-' || Character.isLetter(ch))) {
                for (int i = 1; i < w.length(); i++) {
                    out.add("-" + w.charAt(i));
                }
            } else {
                out.add(w);
            }
        }
        return out.toArray(new String[0]);
    }

    /** The line without its {@code >} quote markers (nested ones too) and the blank after each. */
    private static String unquote(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '>') {
            i++;
            if (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return line.substring(i);
    }

    /** A Markdown row's cells, blank-separated: {@code | a | b | |} reads as {@code a b} (empty cells vanish; the row is read as squeezed). */
    private static String cells(String row) {
        String s = row.substring(1);
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (String cell : s.split("\\|", -1)) {
            String c = cell.strip();
            if (!c.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private void note(String kind, int line) {
        removed.computeIfAbsent(kind, k -> new Lines()).add(line);
    }

    /** One line for standard error saying what was taken off and where, or null when nothing was. */
    public String notice() {
        if (removed.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(source).append(": read as a pasted table; left out ");
        boolean first = true;
        for (Map.Entry<String, Lines> e : removed.entrySet()) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(e.getKey()).append(" (").append(e.getValue()).append(')');
        }
        return b.toString();
    }

    /** The lines a kind of noise was on: first, last and how many, enough for a one-line notice. */
    private static final class Lines {
        private int first;
        private int last;
        private int count;

        void add(int line) {
            if (count == 0) {
                first = line;
            }
            last = line;
            count++;
        }

        @Override
        public String toString() {
            return count == 1 ? "line " + first : count == last - first + 1 ? "lines " + first + "-" + last
                    : count + " lines from " + first + " to " + last;
        }
    }

    /**
     * The prompt and Markdown shapes, compiled on first use: most inputs hold no prompt character and no table
     * border, and compiling five patterns with the first lambdas of a run costs a 20-route parse milliseconds.
     */
    private static final class Shapes {
        /** {@code user@host ~ %}, {@code me@box:~$}, {@code [me@box ~]$}, {@code Mac:~ me$}: a Unix shell prompt. */
        static final Pattern UNIX_PROMPT = Pattern.compile(
                "^(?:\\[[^\\]\\s]+@[^\\]]+\\]|[\\w.-]+@[\\w.-]+(?::\\S*)?(?:\\s+\\S+)?|[\\w.-]+:\\S*\\s+[\\w.-]+)\\s*([$%#>])(?:\\s+(.*))?$");
        /** {@code PS C:\Users\me>} (Windows PowerShell) and {@code PS /home/me>} (PowerShell elsewhere). */
        static final Pattern POWERSHELL_PROMPT = Pattern.compile("^PS [A-Za-z]:\\\\[^>]*>(?:\\s*(.*))?$|^PS /[^>]*>(?:\\s*(.*))?$");
        /** {@code C:\>} and {@code C:\Users\me>} (cmd.exe), command written straight after the {@code >}. */
        static final Pattern CMD_PROMPT = Pattern.compile("^[A-Za-z]:\\\\[^>]*>(.*)$");
        /** A bare {@code $ cmd}, {@code % cmd}, {@code # cmd} (how documentation and chats show a prompt). */
        static final Pattern BARE_PROMPT = Pattern.compile("^([$%#])(?:\\s+(.*))?$");
        /** A Markdown table's rule: {@code |---|:---:|} with or without the outer bars. */
        static final Pattern MARKDOWN_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?$");
    }
}
