/** The tamper-evident audit trail in PostgreSQL, its verification page and API. */
@NullMarked
package kz.tizim.server.audit;

import org.jspecify.annotations.NullMarked;
