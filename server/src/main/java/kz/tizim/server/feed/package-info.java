/**
 * Distribution of the register to ISPs and advertisers: signed snapshot and delta feeds, the
 * do-not-advertise list, ISP acknowledgements and the compliance page.
 */
@NullMarked
package kz.tizim.server.feed;

import org.jspecify.annotations.NullMarked;
