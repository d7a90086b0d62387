package dev.routediff.core.spi;

import java.util.Objects;

/**
 * What every parser's entry class would otherwise write again: it holds the parser's {@link ParserInfo} and answers
 * {@link #info()} with it. A parser extends it, passes its info to the constructor, and writes {@code detect} and
 * {@code parse}; {@code detect} needs no guard of its own (see {@link RouteTableParser#detect}).
 */
@Api(Api.Status.STABLE)
public abstract class AbstractRouteTableParser implements RouteTableParser {

    private final ParserInfo info;

    protected AbstractRouteTableParser(ParserInfo info) {
        this.info = Objects.requireNonNull(info, "info");
    }

    @Override
    public final ParserInfo info() {
        return info;
    }
}
