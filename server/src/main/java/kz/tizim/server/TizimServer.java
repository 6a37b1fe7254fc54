package kz.tizim.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Tizim web application. Each direct sub-package is a feature module (verified by Spring
 * Modulith in {@code ModularityTests}). Normally started through the CLI ({@code tizim demo} or
 * {@code tizim serve}), which prepares the database and the mode first.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TizimServer {

    public static void main(String[] args) {
        SpringApplication.run(TizimServer.class, args);
    }
}
