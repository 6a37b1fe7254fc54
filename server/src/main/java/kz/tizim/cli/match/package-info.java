/** {@code tizim match}: checks URLs, hosts and addresses against an entry list, without a server or database. */
@NullMarked
package kz.tizim.cli.match;

import org.jspecify.annotations.NullMarked;
