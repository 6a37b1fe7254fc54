/**
 * The case: its state machine, the past-tense events every transition emits, the ids all steps
 * share, and triage from complaint to case.
 */
@NullMarked
package kz.tizim.core.caseflow;

import org.jspecify.annotations.NullMarked;
