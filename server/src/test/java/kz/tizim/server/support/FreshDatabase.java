package kz.tizim.server.support;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at its own new database on the shared test PostgreSQL. */
public final class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            var dataDir = Files.createTempDirectory("tizim-test-data");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tizim-test", Map.of(
                    "spring.datasource.url", TestDatabase.freshDatabaseUrl(),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "",
                    "spring.datasource.hikari.maximum-pool-size", "8",
                    "tizim.mode", "demo",
                    "tizim.data-dir", dataDir.toString())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
