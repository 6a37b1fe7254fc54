package kz.tizim.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import kz.tizim.server.TizimServer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the web application with the given properties and keeps the command alive until Ctrl-C.
 * Shutdown order matters: the application closes (finishing requests, releasing connections)
 * before the database it uses is stopped, so both run in one hook, in that order.
 */
final class ServerRun {

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile @Nullable ConfigurableApplicationContext context;

    ConfigurableApplicationContext start(Map<String, Object> properties, Runnable afterStop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ConfigurableApplicationContext running = context;
            if (running != null) {
                running.close();
            }
            afterStop.run();
            stopped.countDown();
        }, "tizim-shutdown"));
        // The CLI's settings win over application.properties and the environment: they were checked.
        ConfigurableApplicationContext started = new SpringApplicationBuilder(TizimServer.class)
                .initializers(ctx -> ctx.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("tizim-cli", properties)))
                .registerShutdownHook(false)
                .run();
        context = started;
        return started;
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM). */
    void awaitShutdown(PrintWriter out) {
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
