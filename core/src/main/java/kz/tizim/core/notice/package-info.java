/**
 * Notice to the owner: who receives it, the appeal code, the outbox, and the re-check after the
 * compliance window that ends in compliance or restriction.
 */
@NullMarked
package kz.tizim.core.notice;

import org.jspecify.annotations.NullMarked;
