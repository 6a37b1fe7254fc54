/**
 * The legal catalogue as governed data: every approved version kept, edits proposed by one legal
 * officer and approved by another, the public read API, the intercalibration gap matrix (CSV, PDF)
 * and the dual-criminality evaluator in the console. Other modules read it through
 * {@link kz.tizim.server.catalogue.LegalCatalogues}.
 */
@NullMarked
package kz.tizim.server.catalogue;

import org.jspecify.annotations.NullMarked;
