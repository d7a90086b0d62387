package dev.routediff.core.spi;

/**
 * Input the user gave that cannot be read as expected. The message is one line, {@code source:line: problem}
 * or {@code source: problem} for the input as a whole, ready to print as it is.
 */
public class RouteInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    public RouteInputException(String source, int line, String problem) {
        super(line > 0 ? visible(source) + ":" + line + ": " + visible(problem)
                : visible(source) + ": " + visible(problem));
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public RouteInputException(String source, String problem) {
        this(source, 0, problem);
    }

    /**
     * The text with control characters and Unicode line and paragraph separators written as {@code \\uXXXX}: a
     * message quotes the user's input (a row, a JSON character, a file name), and a raw CR, LF, U+2028 or escape
     * sequence from it would break the one-line message or drive the terminal. Tabs stay.
     */
    static String visible(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hide = c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
            if (hide && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hide) {
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    public String source() {
        return source;
    }

    /** 1-based line, or 0 when the problem concerns the whole input. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
