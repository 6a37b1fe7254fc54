/**
 * Notices to site owners: the notices table, the mail outbox (the only place an appeal code is in
 * clear, erased once delivered), the mailer, the re-check through the SSRF-safe fetcher, the
 * scheduled re-check and expiry sweeps, and the outbox page.
 */
@NullMarked
package kz.tizim.server.notice;

import org.jspecify.annotations.NullMarked;
