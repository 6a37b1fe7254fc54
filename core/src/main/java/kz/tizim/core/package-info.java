/** The Tizim domain: plain Java, no framework; ports named in domain language, use cases as classes. */
@NullMarked
package kz.tizim.core;

import org.jspecify.annotations.NullMarked;
