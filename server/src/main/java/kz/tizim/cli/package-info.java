/** The {@code tizim} command line: picocli commands, one class per subcommand. */
@NullMarked
package kz.tizim.cli;

import org.jspecify.annotations.NullMarked;
