/** {@code tizim crossborder …}: the annexes of requests to host states, read from the database. */
@NullMarked
package kz.tizim.cli.crossborder;

import org.jspecify.annotations.NullMarked;
