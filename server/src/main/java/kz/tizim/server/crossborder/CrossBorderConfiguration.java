package kz.tizim.server.crossborder;

import java.time.Clock;
import kz.tizim.core.crossborder.HandlingRequests;
import kz.tizim.core.crossborder.ReminderSchedule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the request use case with the configured reminder schedule. */
@Configuration(proxyBeanMethods = false)
class CrossBorderConfiguration {

    @Bean
    HandlingRequests handlingRequests(Clock clock, CrossBorderProperties properties) {
        return new HandlingRequests(clock, new ReminderSchedule(properties.reminderIntervals(),
                properties.noResponseAfter(), properties.urgentReminderIntervals(), properties.urgentNoResponseAfter(),
                properties.answerPeriod()));
    }
}
