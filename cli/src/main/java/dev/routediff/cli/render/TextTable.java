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
        rows.add(List.of(cells));
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
        int[] width = new int[header.size()];
        measure(header, width);
        for (List<String> r : rows) { // loops, not lambdas: the first lambda of a run costs start-up
            measure(r, width);
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        for (int i = 0; i < rows.size(); i++) {
            String code = color ? ansi(styles.get(i)) : null;
            if (code != null) {
                sb.append(code);
            }
            line(sb, rows.get(i), width);
            if (code != null) {
                sb.insert(sb.length() - 1, "\u001b[0m");
            }
        }
        return sb.toString();
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
            width[c] = Math.max(width[c], cells.get(c).length());
        }
    }

    static void line(StringBuilder sb, List<String> cells, int[] width) {
        int start = sb.length();
        for (int c = 0; c < cells.size(); c++) {
            sb.append(cells.get(c));
            if (c + 1 < cells.size()) {
                sb.append(" ".repeat(width[c] - cells.get(c).length() + 2));
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
        for (String c : cells) {
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
