package dev.routediff.core.spi;

import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.Reader;

/**
 * Turns one platform's route dump into a {@link RouteTable}. Implementations are found with
 * {@link java.util.ServiceLoader}; register them in {@code META-INF/services/dev.routediff.core.spi.RouteTableParser}
 * (with {@code @AutoService(RouteTableParser.class)}). They must be stateless and have a public no-argument
 * constructor.
 */
public interface RouteTableParser {

    ParserInfo info();

    /**
     * How sure this parser is that {@code sample} (the first lines of an input, at most 64 KiB) is its format:
     * 0 = not mine, 100 = certainly mine. Must be cheap and must not throw.
     */
    int detect(String sample);

    /**
     * Reads a whole dump. Bad input is reported as {@link RouteInputException} naming {@code source} and the line;
     * the parser never guesses and never returns a table that misstates the input.
     */
    RouteTable parse(Reader input, String source) throws IOException;
}
