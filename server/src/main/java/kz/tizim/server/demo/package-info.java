/** Demo data for zero-setup runs: organisations, people and tokens on reserved names. */
@NullMarked
package kz.tizim.server.demo;

import org.jspecify.annotations.NullMarked;
