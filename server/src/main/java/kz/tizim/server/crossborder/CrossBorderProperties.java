package kz.tizim.server.crossborder;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cross-border requests ({@code tizim.crossborder.*}).
 *
 * @param reminderIntervals when an ordinary request is reminded, counted from sending (default 14 and 30 days)
 * @param noResponseAfter when an ordinary request, every reminder sent, is closed as unanswered (default 45 days)
 * @param urgentReminderIntervals the same for terrorist content (default 30 and 60 minutes)
 * @param urgentNoResponseAfter the same for terrorist content (default 2 hours)
 * @param answerPeriod time an ordinary request has for an answer, as the letter says (default 30 days)
 * @param authority the requesting authority a new request names unless the desk changes it
 */
@ConfigurationProperties("tizim.crossborder")
record CrossBorderProperties(
        @DefaultValue({"14d", "30d"}) List<Duration> reminderIntervals,
        @DefaultValue("45d") Duration noResponseAfter,
        @DefaultValue({"30m", "60m"}) List<Duration> urgentReminderIntervals,
        @DefaultValue("2h") Duration urgentNoResponseAfter,
        @DefaultValue("30d") Duration answerPeriod,
        @DefaultValue("Ministry of Culture and Information of the Republic of Kazakhstan") String authority) {
}
