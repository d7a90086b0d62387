package dev.routediff.core.spi;

import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Turns one platform's route dump into a {@link RouteTable}. Implementations are found with
 * {@link java.util.ServiceLoader}; register them in {@code META-INF/services/dev.routediff.core.spi.RouteTableParser}
 * (with {@code @AutoService(RouteTableParser.class)}). They must be stateless and have a public no-argument
 * constructor; {@link AbstractRouteTableParser} holds the {@link ParserInfo} for them.
 */
public interface RouteTableParser {

    ParserInfo info();

    /**
     * How sure this parser is that {@code sample} (the first lines of an input, at most 64 KiB) is its format:
     * 0 = not mine, 100 = certainly mine. Must be cheap. A detect that throws is taken as 0 by the host (and by the
     * testkit's {@code ParserContract}), so a detector need not guard against every malformed sample.
     */
    int detect(String sample);

    /**
     * Reads a whole dump. Bad input is reported as {@link RouteInputException} naming {@code source} and the line;
     * the parser never guesses and never returns a table that misstates the input.
     */
    RouteTable parse(Reader input, String source) throws IOException;

    /**
     * The code pages, besides UTF-8 and UTF-16, in which this platform's tools save their output: a Windows console
     * writes {@code route print > f.txt} in its OEM code page (cp932 in Japanese, cp850 or cp437 in Western
     * languages). When an input is not UTF-8, its start is decoded in each code page the installed parsers declare,
     * and the most plausible decoding that its parser recognises is read, with a notice; input no parser's code page
     * explains is refused. The default, none, refuses it.
     */
    default List<Charset> codePages() {
        return List.of();
    }
}
