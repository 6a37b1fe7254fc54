/**
 * Appeals: the public appeal form (case number and appeal code, no login, rate-limited), the
 * complainants' appeals, and the legal officers' decisions on them.
 */
@NullMarked
package kz.tizim.server.appeal;

import org.jspecify.annotations.NullMarked;
