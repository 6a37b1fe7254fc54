/**
 * Hosting facts of a site: what its name resolves to, where each address is registered (country,
 * autonomous system, organisation), whether it is a CDN or reserved range, how many other sites
 * share it, and so which jurisdiction's path (domestic restriction or cross-border request) applies.
 */
@NullMarked
package kz.tizim.core.hosting;

import org.jspecify.annotations.NullMarked;
