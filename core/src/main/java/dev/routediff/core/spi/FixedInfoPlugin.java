package dev.routediff.core.spi;

import java.util.Objects;

/**
 * A plugin whose info is fixed when it is made: it holds the info and its {@code info()} returns it. The base of
 * {@link AbstractRouteTableParser} and {@link dev.routediff.core.rules.AbstractRuleSet}.
 *
 * @param <I> what the plugin's SPI calls its info ({@link ParserInfo}, {@link dev.routediff.core.rules.RuleSetInfo})
 */
@Api(Api.Status.STABLE)
public abstract class FixedInfoPlugin<I> {

    private final I info;

    protected FixedInfoPlugin(I info) {
        this.info = Objects.requireNonNull(info, "info");
    }

    public final I info() {
        return info;
    }
}
