/**
 * Decisions: drafts, approval by a second legal officer (four eyes), gapless decision numbers, the
 * statement of reasons, renewal and expiry; the decision editor with its proportionality report,
 * the decision page and its PDF in Kazakh, Russian and English, and the decision API.
 */
@NullMarked
package kz.tizim.server.decision;

import org.jspecify.annotations.NullMarked;
