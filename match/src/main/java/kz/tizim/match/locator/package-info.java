/** Locators (URL, URL prefix, domain, domain tree, IP, CIDR) and their canonical forms, as browsers and evasive site owners parse them. */
@NullMarked
package kz.tizim.match.locator;

import org.jspecify.annotations.NullMarked;
