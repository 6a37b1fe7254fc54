/** What a locator reaches: its host, its site, its address range, and whether one scope covers another. */
@NullMarked
package kz.tizim.core.scope;

import org.jspecify.annotations.NullMarked;
