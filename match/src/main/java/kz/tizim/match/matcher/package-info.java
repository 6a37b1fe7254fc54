/** The compiled matcher: an immutable, allocation-free index answering which register entry covers a URL, host or IP. */
@NullMarked
package kz.tizim.match.matcher;

import org.jspecify.annotations.NullMarked;
