package kz.tizim.server.crossborder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cross-border requests ({@code tizim.crossborder.*}).
 *
 * @param reminderInterval time between reminders for an ordinary request (default 14 days)
 * @param urgentReminderInterval time between reminders for terrorist content (default 30 minutes)
 * @param maxReminders reminders before a request may be closed as NO_RESPONSE (default 3)
 * @param answerPeriod time an ordinary request has for an answer (default 30 days)
 * @param authority the requesting authority a new request names unless the desk changes it
 */
@ConfigurationProperties("tizim.crossborder")
record CrossBorderProperties(
        @DefaultValue("14d") Duration reminderInterval,
        @DefaultValue("30m") Duration urgentReminderInterval,
        @DefaultValue("3") int maxReminders,
        @DefaultValue("30d") Duration answerPeriod,
        @DefaultValue("Ministry of Culture and Information of the Republic of Kazakhstan") String authority) {
}
