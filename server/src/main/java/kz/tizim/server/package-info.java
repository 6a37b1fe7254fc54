/** Spring Boot adapters around the Tizim domain; one feature module per sub-package. */
@NullMarked
package kz.tizim.server;

import org.jspecify.annotations.NullMarked;
