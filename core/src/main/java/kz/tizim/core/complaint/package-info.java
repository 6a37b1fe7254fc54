/** Complaints: who complains about which locators under which category, with what evidence and right. */
@NullMarked
package kz.tizim.core.complaint;

import org.jspecify.annotations.NullMarked;
