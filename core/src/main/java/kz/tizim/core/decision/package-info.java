/**
 * Decisions: the reviewer's draft, approval by a different legal officer, the statement of reasons,
 * and the restriction's term, renewal and expiry.
 */
@NullMarked
package kz.tizim.core.decision;

import org.jspecify.annotations.NullMarked;
