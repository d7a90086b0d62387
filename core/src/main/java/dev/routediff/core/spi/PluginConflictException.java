package dev.routediff.core.spi;

/** Two providers of one service claim the same id; the message names both sources. */
@Api(Api.Status.INTERNAL)
public class PluginConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginConflictException(String message) {
        super(message);
    }
}
