/** The lookup engine; rule sets and diagnoses may ask it, but its shape may change in a minor version. */
@Api(Api.Status.EXPERIMENTAL)
package dev.routediff.core.lookup;

import dev.routediff.core.spi.Api;
