/**
 * Hosting facts of sites: DNS resolution history, offline country and network attribution,
 * CDN detection, the collateral estimate, jurisdiction with reviewer corrections; API and console.
 */
@NullMarked
package kz.tizim.server.hosting;

import org.jspecify.annotations.NullMarked;
