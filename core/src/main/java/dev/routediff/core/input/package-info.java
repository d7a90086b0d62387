/** Helpers for parsers reading text: lines, fields, paste cleaning. May change in a minor version. */
@Api(Api.Status.EXPERIMENTAL)
package dev.routediff.core.input;

import dev.routediff.core.spi.Api;
