/**
 * Complaint intake: evidence upload, filing through the API and the console, triage on intake, the
 * complaint and evidence tables, and the helpers every case-workflow module shares (refusals as
 * RFC 9457 problems, one transaction per use case).
 */
@NullMarked
package kz.tizim.server.complaint;

import org.jspecify.annotations.NullMarked;
