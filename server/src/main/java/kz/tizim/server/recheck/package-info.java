/** Re-checking restricted content: a fetcher that cannot be turned against the regulator's own network. */
@NullMarked
package kz.tizim.server.recheck;

import org.jspecify.annotations.NullMarked;
