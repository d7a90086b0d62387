package dev.routediff.cli;

/** One command, built from its parsed command line; {@link #call()} runs it and returns the exit status. */
interface Command {

    int call() throws Exception;

    /** Whether it writes {@code --format html} (a report of its result); the others refuse that format. */
    default boolean rendersHtml() {
        return false;
    }
}
