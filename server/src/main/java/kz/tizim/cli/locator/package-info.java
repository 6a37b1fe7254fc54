/** {@code tizim locator …}: canonical URLs and registrable domains, without a server or database. */
@NullMarked
package kz.tizim.cli.locator;

import org.jspecify.annotations.NullMarked;
