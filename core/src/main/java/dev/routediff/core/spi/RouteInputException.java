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
        super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public RouteInputException(String source, String problem) {
        this(source, 0, problem);
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
