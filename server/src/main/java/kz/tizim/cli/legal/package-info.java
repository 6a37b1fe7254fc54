/** {@code tizim legal …}: the legal catalogue from the jar, without a server or database. */
@NullMarked
package kz.tizim.cli.legal;

import org.jspecify.annotations.NullMarked;
