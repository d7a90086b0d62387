/**
 * routediff's own speed machinery: the column store behind {@code RouteTable} and the bulk entry its built-in parsers
 * fill it through. Not plugin API: it changes whenever a measurement says so, without a new API version. Plugins use
 * {@code dev.routediff.core.model} ({@code Route}, {@code RouteTable.Builder.add(Route)}) and the SPI packages.
 */
@Api(Api.Status.INTERNAL)
package dev.routediff.core.internal;

import dev.routediff.core.spi.Api;
