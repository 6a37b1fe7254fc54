/**
 * Cross-border requests: candidates by host country, request dossiers with their dual-criminality
 * verdicts, letters and annexes (hashed and signed), tracking of the host state's answers, statistics.
 */
@NullMarked
package kz.tizim.server.crossborder;

import org.jspecify.annotations.NullMarked;
