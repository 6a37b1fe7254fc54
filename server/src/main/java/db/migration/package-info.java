/** Flyway migrations written in Java, for steps SQL cannot do (such as importing a parsed file). */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
