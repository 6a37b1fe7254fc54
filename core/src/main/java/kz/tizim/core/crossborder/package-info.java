/**
 * Requests to the states hosting unlawful sites: candidates by country, the request dossier with its
 * dual-criminality verdicts, its tracking from draft to the host state's answer, the annexes (CSV,
 * STIX 2.1) and the statistics that feed the intercalibration report.
 */
@NullMarked
package kz.tizim.core.crossborder;

import org.jspecify.annotations.NullMarked;
