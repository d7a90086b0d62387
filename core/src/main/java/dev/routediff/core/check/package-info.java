/** The diagnosis and DNS-reader SPIs of {@code routediff check}. */
@Api(Api.Status.STABLE)
package dev.routediff.core.check;

import dev.routediff.core.spi.Api;
