package kz.tizim.server.feed;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Which register version each ISP has applied, how far behind it is, and whether it missed the
 * deadline (1 hour for immediate entries, 24 hours for the others). For the regulator's
 * administrators and auditors ({@code /admin/**}).
 */
@Controller
class ComplianceConsoleController {

    private final FeedAcksJdbcRepository acks;
    private final FeedFiles feeds;
    private final Clock clock;

    ComplianceConsoleController(FeedAcksJdbcRepository acks, FeedFiles feeds, Clock clock) {
        this.acks = acks;
        this.feeds = feeds;
        this.clock = clock;
    }

    @GetMapping("/admin/compliance")
    String compliance(Model model) {
        long current = feeds.currentSerial();
        model.addAttribute("currentSerial", current);
        model.addAttribute("standings", acks.standings(current, clock.instant()));
        return "feed/compliance";
    }
}
