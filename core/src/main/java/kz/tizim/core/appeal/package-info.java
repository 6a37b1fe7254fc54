/** Appeals against a restriction: filed by the owner with the appeal code or by a complainant, decided by an independent legal officer. */
@NullMarked
package kz.tizim.core.appeal;

import org.jspecify.annotations.NullMarked;
