/**
 * The public side of the register, without login: the address lookup, redacted decision pages, the
 * transparency report with its CSV tables, and the daily open-data dumps. It only reads: other
 * modules' tables through read-only SQL where they expose no public API (each query says so).
 */
@NullMarked
package kz.tizim.server.transparency;

import org.jspecify.annotations.NullMarked;
