/** Organisations, people and machine clients, their roles, and who may see whose records. */
@NullMarked
package kz.tizim.core.account;

import org.jspecify.annotations.NullMarked;
