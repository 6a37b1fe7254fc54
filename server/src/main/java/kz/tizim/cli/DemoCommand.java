package kz.tizim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.tizim.server.demo.DemoCredentials;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.system.EmbeddedDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tizim demo}: zero-setup console with embedded PostgreSQL and demo data. */
@Command(name = "demo",
        description = "Start Tizim with an embedded PostgreSQL, demo organisations, people and tokens.",
        footer = {"", "Not for production: demo passwords are public and tokens are kept in the data directory."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Option(names = "--data-dir", defaultValue = "./data/demo",
            description = "Where the database, keys and demo tokens live (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = dataDir.toAbsolutePath().normalize();
        out.println("Starting embedded PostgreSQL in " + home.resolve("postgres") + " …");
        out.flush();
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(home.resolve("postgres"), false);
        } catch (EmbeddedDatabase.CannotStartException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", EmbeddedDatabase.USER);
        properties.put("spring.datasource.password", "");
        properties.put("tizim.mode", "demo");
        properties.put("tizim.data-dir", home.toString());
        properties.put("tizim.hosting.fetch-on-start", true); // address databases via npm when missing
        properties.put("tizim.public-url", "http://localhost:" + port);
        properties.put("server.port", port);

        ServerRun run = new ServerRun();
        ConfigurableApplicationContext context;
        try {
            context = run.start(properties, database::close);
        } catch (RuntimeException e) {
            err.println("error: the server did not start: " + rootMessage(e));
            return 1;
        }
        DemoCredentials credentials = context.getBean(DemoData.class).ensureLoaded();
        context.getBean(kz.tizim.server.register.RegisterDemo.class).ensureLoaded();
        context.getBean(kz.tizim.server.complaint.CaseWorkflowDemo.class).ensureLoaded();
        printWelcome(out, home, database, credentials);
        run.awaitShutdown(out);
        return 0;
    }

    private void printWelcome(PrintWriter out, Path home, EmbeddedDatabase database, DemoCredentials credentials) {
        out.println();
        out.println("Tizim demo is running: http://localhost:" + port);
        out.println("Data directory: " + home + " (PostgreSQL 15 on port " + database.port() + ", kept between runs)");
        out.println();
        out.println("Demo logins (user / password — role, organisation):");
        for (DemoCredentials.Login login : credentials.logins()) {
            out.printf("  %-10s / %-15s — %s, %s%n", login.username(), login.password(), login.role(),
                    login.organisation());
        }
        out.println();
        out.println("Demo API tokens (send as 'Authorization: Bearer <token>'):");
        for (DemoCredentials.Token token : credentials.tokens()) {
            out.println("  " + token.organisation() + " (" + token.kind() + ") token " + token.secret());
        }
        out.println();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
