package kz.tizim.server.catalogue;

import java.time.Duration;
import java.util.Locale;
import kz.tizim.core.legal.Deadline;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Catalogue values people read in their language, for the templates as {@code @catalogueLabels}. */
@Component("catalogueLabels")
class CatalogueLabels {

    private final MessageSource messages;

    CatalogueLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code 3 working days}, {@code 72 h}, {@code 90 min}, in the page language. */
    public String deadline(Deadline deadline) {
        Locale locale = LocaleContextHolder.getLocale();
        if (deadline instanceof Deadline.WorkingDays days) {
            return messages.getMessage("catalogue.deadline.workingDays", new Object[] {days.days()}, locale);
        }
        Duration duration = ((Deadline.Elapsed) deadline).duration();
        if (duration.toSecondsPart() == 0 && duration.toMinutesPart() == 0) {
            return messages.getMessage("catalogue.deadline.hours", new Object[] {duration.toHours()}, locale);
        }
        return messages.getMessage("catalogue.deadline.minutes", new Object[] {duration.toMinutes()}, locale);
    }
}
