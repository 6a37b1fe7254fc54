/** Organisations, people, machine tokens, login with lockout, and the security rules of the web and API. */
@NullMarked
package kz.tizim.server.account;

import org.jspecify.annotations.NullMarked;
