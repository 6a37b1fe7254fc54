/** JMH benchmarks of the match hot path, each with its naive JDK baseline in the same run. */
@NullMarked
package kz.tizim.bench;

import org.jspecify.annotations.NullMarked;
