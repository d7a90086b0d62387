package dev.routediff.core.spi;

/**
 * What every parser's entry class would otherwise write again: it holds the parser's {@link ParserInfo} and answers
 * {@link #info()} with it. A parser extends it, passes its info to the constructor, and writes {@code detect} and
 * {@code parse}; {@code detect} needs no guard of its own (see {@link RouteTableParser#detect}).
 */
@Api(Api.Status.STABLE)
public abstract class AbstractRouteTableParser extends FixedInfoPlugin<ParserInfo> implements RouteTableParser {

    protected AbstractRouteTableParser(ParserInfo info) {
        super(info);
    }
}
