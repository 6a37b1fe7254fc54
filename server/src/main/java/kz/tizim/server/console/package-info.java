/** The console shell: login page, the home page of each role, language switching, the error page. */
@NullMarked
package kz.tizim.server.console;

import org.jspecify.annotations.NullMarked;
