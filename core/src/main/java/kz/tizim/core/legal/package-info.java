/**
 * The legal catalogue: offence categories with their procedures, the Kazakh legal bases a decision
 * cites, the foreign provisions they are compared with, and the dual-criminality assessment.
 */
@NullMarked
package kz.tizim.core.legal;

import org.jspecify.annotations.NullMarked;
