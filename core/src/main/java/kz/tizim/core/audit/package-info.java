/** The tamper-evident audit trail: every state-changing action, hash-chained to the one before. */
@NullMarked
package kz.tizim.core.audit;

import org.jspecify.annotations.NullMarked;
