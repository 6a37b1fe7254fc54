package kz.tizim.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.register.RegisterDemo;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@TizimSpringBootTest
@TestPropertySource(properties = "tizim.feed.max-delta-changes=3")
class FeedGoneTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    RegisterDemo registerDemo;

    @Test
    void aDeltaTooFarBehindIsGoneAndPointsToTheSnapshot() {
        FeedClient isp = new FeedClient(port, FeedSigningTest.token(demoData.ensureLoaded(), "ISP"));
        registerDemo.ensureLoaded();

        var gone = isp.get("/feeds/v1/delta/manifest?since=0");
        var recent = isp.get("/feeds/v1/delta/manifest?since=6");

        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new String(gone.body(), StandardCharsets.UTF_8))
                .contains("\"snapshot\":\"/feeds/v1/snapshot/manifest\"").contains("\"status\":410");
        assertThat(recent.statusCode()).isEqualTo(200);
    }
}
