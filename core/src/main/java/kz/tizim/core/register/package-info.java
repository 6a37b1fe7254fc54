/**
 * The register of restrictions: an append-only history of versions (ordered, renewed, lifted,
 * expired) from which the current list and any past state are produced.
 */
@NullMarked
package kz.tizim.core.register;

import org.jspecify.annotations.NullMarked;
