package dev.routediff.cli;

/** One command, built from its parsed command line; {@link #call()} runs it and returns the exit status. */
interface Command {

    int call() throws Exception;
}
