package kz.tizim.server.feed;

import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who may read which list: ISPs the restriction feeds, advertisers their list, the regulator's staff both. */
final class FeedAccess {

    private static final Set<Role> REGULATOR = Set.of(Role.ADMIN, Role.AUDITOR, Role.LEGAL_OFFICER, Role.REVIEWER);

    private FeedAccess() {
    }

    static void requireFeedReader(Actor actor) {
        if (!actor.has(Role.ISP) && REGULATOR.stream().noneMatch(actor::has)) {
            throw new AccessDeniedException("the register feeds are for ISPs");
        }
    }

    static void requireAdvertiserListReader(Actor actor) {
        if (!actor.has(Role.ADVERTISER) && REGULATOR.stream().noneMatch(actor::has)) {
            throw new AccessDeniedException("the do-not-advertise list is for advertisers");
        }
    }

    static void requireIsp(Actor actor) {
        if (!actor.has(Role.ISP)) {
            throw new AccessDeniedException("only ISPs acknowledge feeds");
        }
    }
}
