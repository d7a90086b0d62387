/** The route model plugins build and read: {@code Route}, {@code RouteTable.Builder.add(Route)} and the value types. */
@Api(Api.Status.STABLE)
package dev.routediff.core.model;

import dev.routediff.core.spi.Api;
