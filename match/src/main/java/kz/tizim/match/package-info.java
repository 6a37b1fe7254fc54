/** Reading and writing register entry lists ({@code <kind> <value>} lines) on top of the locator and matcher packages. */
@NullMarked
package kz.tizim.match;

import org.jspecify.annotations.NullMarked;
