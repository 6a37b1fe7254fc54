/** Documents Tizim issues (decisions, letters, reports) as PDF with embedded fonts, and their hashes. */
@NullMarked
package kz.tizim.server.document;

import org.jspecify.annotations.NullMarked;
