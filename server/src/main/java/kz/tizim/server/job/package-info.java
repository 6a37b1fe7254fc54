/**
 * Long operations: exports and report generation queued by a person or machine client, run on a
 * bounded pool in the background with their progress stored, and their result kept as a file with
 * its SHA-256 for the owner to download later ("My operations"). Other modules contribute kinds of
 * operation by implementing {@link kz.tizim.server.job.LongOperation}.
 */
@NullMarked
package kz.tizim.server.job;

import org.jspecify.annotations.NullMarked;
