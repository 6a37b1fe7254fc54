package kz.tizim.cli.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.core.hosting.CdnNetworks;
import kz.tizim.core.hosting.HostingDatabase;
import kz.tizim.server.hosting.IpDatabaseFiles;
import kz.tizim.server.hosting.NpmPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tizim data update}: downloads the address databases with {@code npm pack}, checks that
 * they load, compiles the lookup tables and removes superseded versions.
 */
@Command(name = "update",
        description = {"Download the address databases (country: NRO; networks: RouteViews and DB-IP; CC BY 4.0) "
            + "with 'npm pack' into the data directory and load them.",
            "A running server picks them up on its next start."})
public final class UpdateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Option(names = "--data-dir", defaultValue = "${env:TIZIM_IPDB_DIR:-./data/demo/ipdb}",
            description = "Directory of the address databases (default: ${DEFAULT-VALUE}; TIZIM_IPDB_DIR).")
    Path dataDir;

    @Option(names = "--npm", defaultValue = "npm", description = "The npm executable (default: ${DEFAULT-VALUE}).")
    String npm;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path directory = dataDir.toAbsolutePath().normalize();
        out.println("Downloading " + IpDatabaseFiles.COUNTRY_PACKAGE + " and " + IpDatabaseFiles.NETWORK_PACKAGE
                + " with npm pack into " + directory + " …");
        out.flush();
        List<Path> fetched = NpmPack.fetch(npm, directory, Duration.ofMinutes(10));
        for (Path tarball : fetched) {
            out.println("  " + tarball.getFileName() + " (" + Files.size(tarball) / (1024 * 1024) + " MB)");
        }
        long started = System.nanoTime();
        HostingDatabase database = IpDatabaseFiles.load(directory, CdnNetworks.bundled());
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (Path old : IpDatabaseFiles.superseded(directory)) {
            Files.deleteIfExists(old);
            out.println("  removed superseded " + old.getFileName());
        }
        out.printf("Loaded in %d ms: %d IPv4 and %d IPv6 country ranges, %d IPv4 and %d IPv6 network ranges.%n",
                millis, database.countryRanges().v4Size(), database.countryRanges().v6Size(),
                database.networkRanges().v4Size(), database.networkRanges().v6Size());
        out.println("Data: " + database.description());
        out.println("Attribution is required where the data is shown: see the README's Attribution section.");
        return 0;
    }
}
