/** The rule-set SPI: {@code RuleSet}, its info and options, and the records predict and explain return. */
@Api(Api.Status.STABLE)
package dev.routediff.core.rules;

import dev.routediff.core.spi.Api;
