/** Cross-cutting infrastructure: run modes, the current actor, request ids, errors as RFC 9457 problems, signing keys. */
@NullMarked
package kz.tizim.server.system;

import org.jspecify.annotations.NullMarked;
