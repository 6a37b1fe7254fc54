/** The public HTTP 451 notice page (RFC 7725) that ISPs send restricted visitors to. */
@NullMarked
package kz.tizim.server.restricted;

import org.jspecify.annotations.NullMarked;
