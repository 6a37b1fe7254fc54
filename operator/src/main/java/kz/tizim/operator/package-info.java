/** The ISP agent: keeps a verified local copy of the register and applies it. */
@NullMarked
package kz.tizim.operator;

import org.jspecify.annotations.NullMarked;
