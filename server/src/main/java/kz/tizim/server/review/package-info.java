/**
 * Review: cases and their event log in PostgreSQL (audited, and carried into the register in the
 * same transaction), triage's view of the register and the legal catalogue, site dossiers, the
 * reviewers' queue with SLA clocks, the case page and the case API.
 */
@NullMarked
package kz.tizim.server.review;

import org.jspecify.annotations.NullMarked;
