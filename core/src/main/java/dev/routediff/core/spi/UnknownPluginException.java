package dev.routediff.core.spi;

/** A plugin id asked for on the command line that no installed plugin has; the message lists the known ids. */
@Api(Api.Status.INTERNAL)
public class UnknownPluginException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownPluginException(String message) {
        super(message);
    }
}
