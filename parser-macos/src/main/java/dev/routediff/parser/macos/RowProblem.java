package dev.routediff.parser.macos;

/**
 * A problem with one row, without the source and line: the table reader knows those and turns it into a
 * {@link dev.routediff.core.spi.RouteInputException}. Keeps the small parsing helpers free of context.
 */
final class RowProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RowProblem(String message) {
        super(message, null, false, false);
    }
}
