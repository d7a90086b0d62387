/** The plugin SPI ({@code RouteTableParser}, {@code ParserInfo}, {@code RouteInputException}, {@link dev.routediff.core.spi.PluginApi}) and the host's registry (internal). */
@Api(Api.Status.STABLE)
package dev.routediff.core.spi;
