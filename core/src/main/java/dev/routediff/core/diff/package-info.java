/** The diff engine; rule sets read its result, but its shape may change in a minor version. */
@Api(Api.Status.EXPERIMENTAL)
package dev.routediff.core.diff;

import dev.routediff.core.spi.Api;
