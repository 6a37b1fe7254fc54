package kz.tizim.core.legal;

import java.time.ZonedDateTime;

/**
 * The default procedure for a category: how fast a reviewer decides, how long the owner has to
 * comply, whether the owner is told before access is restricted, and whether locators may be
 * published. These are policy defaults that legal officers set, not statements of law.
 *
 * @param decideWithin from receipt of a complaint to the decision
 * @param ownerComplyWithin from notice to the owner to the time access is restricted if they do not act
 * @param noticeBeforeRestriction false when harm is so grave that access is restricted first and
 *     the owner notified after (terrorism, CSAM)
 */
public record CategoryProcedure(
        OffenceCategory category,
        Urgency urgency,
        Deadline decideWithin,
        Deadline ownerComplyWithin,
        boolean noticeBeforeRestriction,
        LocatorPublication locators) {

    public ZonedDateTime decisionDue(ZonedDateTime received, WorkingCalendar calendar) {
        return decideWithin.dueAfter(received, calendar);
    }

    public ZonedDateTime complianceDue(ZonedDateTime ownerNotified, WorkingCalendar calendar) {
        return ownerComplyWithin.dueAfter(ownerNotified, calendar);
    }
}
