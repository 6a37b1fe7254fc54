package kz.tizim.cli.feed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.server.system.SigningKey;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tizim feed key}: the public half of the feed signing key, for ISPs to pin. */
@Command(name = "key", description = {"Print the feed signing key's public half (PEM), as /feeds/v1/key.pem serves it.",
    "ISPs pin it: 'tizim operator sync --key key.pem', or 'openssl pkeyutl -verify -pubin -inkey key.pem -rawin "
        + "-in manifest -sigfile manifest.sig'."})
final class KeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Option(names = "--key", paramLabel = "FILE", description = "The Ed25519 private key (PKCS#8 PEM) that signs the feeds.")
    @Nullable Path key;

    @Option(names = "--data-dir", defaultValue = "./data/demo",
            description = "Demo data directory whose generated key is used when no --key is given (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("./data/demo");

    @Override
    public Integer call() {
        Path file = key != null ? key : dataDir.resolve("keys").resolve("feed-signing-key.pem");
        if (!Files.isReadable(file)) {
            spec.commandLine().getErr().println("error: no signing key at " + file
                    + (key == null ? " (start 'tizim demo' once to generate it, or give --key)" : ""));
            return 1;
        }
        spec.commandLine().getOut().print(SigningKey.load(file).publicKeyPem());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
