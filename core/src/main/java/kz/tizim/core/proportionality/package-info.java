/**
 * Proportionality: the named rules a restriction's scope must satisfy before a decision is approved,
 * each answering pass, rejection or escalation.
 */
@NullMarked
package kz.tizim.core.proportionality;

import org.jspecify.annotations.NullMarked;
