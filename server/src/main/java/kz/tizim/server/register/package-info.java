/**
 * The register in PostgreSQL: append-only versions, the current list, the use cases the case
 * workflow calls, the expiry job, the lookup behind the notice page, and the demo entries.
 */
@NullMarked
package kz.tizim.server.register;

import org.jspecify.annotations.NullMarked;
