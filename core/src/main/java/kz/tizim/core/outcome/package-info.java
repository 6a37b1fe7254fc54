/** What a use case answers: done with a value, or refused with the rule that refused and why. */
@NullMarked
package kz.tizim.core.outcome;

import org.jspecify.annotations.NullMarked;
