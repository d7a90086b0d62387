package dev.routediff.cli.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of text cells under a header, printed aligned for a terminal or as a Markdown table for a wiki or an issue.
 * Each row may carry a style (added, removed, changed) that becomes a colour on a terminal.
 */
public final class TextTable {

    public enum Style { PLAIN, ADDED, REMOVED, CHANGED }

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Style> styles = new ArrayList<>();

    public TextTable(String... header) {
        this.header = List.of(header);
    }

    public TextTable row(Style style, String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
        }
        String[] shown = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            shown[i] = visible(cells[i]);
        }
        rows.add(List.of(shown));
        styles.add(style);
        return this;
    }

    public TextTable row(String... cells) {
        return row(Style.PLAIN, cells);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Columns padded to their widest cell, two blanks apart, no trailing blanks. */
    public String aligned(boolean color) {
        return aligned(color, 0);
    }

    /**
     * As {@link #aligned(boolean)}, fitted into {@code maxWidth} characters when that is positive: the widest columns
     * are narrowed (never below their header, nor below {@value #NARROWEST} characters) and their cells wrapped at
     * blanks, so nothing is lost; a table that cannot be narrowed enough is printed as narrow as it goes.
     */
    public String aligned(boolean color, int maxWidth) {
        int[] width = new int[header.size()];
        measure(header, width);
        for (List<String> r : rows) { // loops, not lambdas: the first lambda of a run costs start-up
            measure(r, width);
        }
        boolean narrowed = maxWidth > 0 && fit(width, maxWidth);
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        for (int i = 0; i < rows.size(); i++) {
            String code = color ? ansi(styles.get(i)) : null;
            if (code != null) {
                sb.append(code);
            }
            if (narrowed) {
                wrapped(sb, rows.get(i), width);
            } else {
                line(sb, rows.get(i), width);
            }
            if (code != null) {
                sb.insert(sb.length() - 1, "\u001b[0m");
            }
        }
        return sb.toString();
    }

    /** No column is narrowed below this, so that a wrapped cell stays readable. */
    static final int NARROWEST = 12;

    /** Narrows the widest columns until the table fits {@code maxWidth}; true when a column was narrowed. */
    private boolean fit(int[] width, int maxWidth) {
        boolean narrowed = false;
        while (true) {
            int total = 2 * (width.length - 1);
            for (int w : width) {
                total += w;
            }
            if (total <= maxWidth) {
                return narrowed;
            }
            // the first column names the row (an id, a destination): it keeps its width while another can give
            int widest = -1;
            for (int c = 1; c < width.length; c++) {
                if (width[c] > floor(c) && (widest < 0 || width[c] > width[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                if (width[0] <= floor(0)) {
                    return narrowed;
                }
                widest = 0;
            }
            // one character at a time from whichever column is widest: the narrowing is shared out evenly
            width[widest]--;
            narrowed = true;
        }
    }

    private int floor(int column) {
        return Math.max(header.get(column).length(), NARROWEST);
    }

    /** A row whose cells may be longer than their column: each such cell continues on the lines below. */
    private static void wrapped(StringBuilder sb, List<String> cells, int[] width) {
        List<List<String>> parts = new ArrayList<>(cells.size());
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> p = wrap(cells.get(c), width[c]);
            parts.add(p);
            lines = Math.max(lines, p.size());
        }
        for (int l = 0; l < lines; l++) {
            List<String> line = new ArrayList<>(cells.size());
            for (List<String> p : parts) {
                line.add(l < p.size() ? p.get(l) : "");
            }
            line(sb, line, width);
        }
    }

    /** Cuts text into pieces of at most {@code width} characters, at blanks where it can. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                out.add(rest.substring(0, width));
                rest = rest.substring(width);
            } else {
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1);
            }
        }
        out.add(rest);
        return out;
    }

    /** A GitHub-flavoured Markdown table; pipes in cells are escaped. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        markdownHeader(sb, header);
        for (List<String> r : rows) {
            mdLine(sb, r);
        }
        return sb.toString();
    }

    /** The header line and the separator line of a Markdown table. */
    static void markdownHeader(StringBuilder sb, List<String> header) {
        mdLine(sb, header);
        sb.append('|');
        for (int i = 0; i < header.size(); i++) {
            sb.append("---|");
        }
        sb.append('\n');
    }

    static void measure(List<String> cells, int[] width) {
        for (int c = 0; c < cells.size(); c++) {
            width[c] = Math.max(width[c], visible(cells.get(c)).length());
        }
    }

    /**
     * The cell with control characters (an escape sequence in an interface name, a CR, a tab), DEL, C1 controls and
     * the Unicode line and paragraph separators written as <code>&#92;uXXXX</code>: text output goes to a terminal, which
     * would obey them, and a line break would misalign the table. Nearly every cell has none and is returned as is.
     */
    public static String visible(String cell) {
        int n = cell.length();
        int i = 0;
        while (i < n && !hidden(cell.charAt(i))) {
            i++;
        }
        if (i == n) {
            return cell;
        }
        StringBuilder b = new StringBuilder(n + 12).append(cell, 0, i);
        for (; i < n; i++) {
            char c = cell.charAt(i);
            if (hidden(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean hidden(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
    }

    static void line(StringBuilder sb, List<String> cells, int[] width) {
        int start = sb.length();
        for (int c = 0; c < cells.size(); c++) {
            String cell = visible(cells.get(c));
            sb.append(cell);
            if (c + 1 < cells.size()) {
                sb.append(" ".repeat(width[c] - cell.length() + 2));
            }
        }
        int end = sb.length();
        while (end > start && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    static void mdLine(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String cell : cells) {
            String c = visible(cell);
            sb.append(' ').append(c.isEmpty() ? "" : c.replace("|", "\\|")).append(c.isEmpty() ? "|" : " |");
        }
        sb.append('\n');
    }

    static String ansi(Style s) {
        return switch (s) {
            case ADDED -> "\u001b[32m";
            case REMOVED -> "\u001b[31m";
            case CHANGED -> "\u001b[33m";
            case PLAIN -> null;
        };
    }
}
