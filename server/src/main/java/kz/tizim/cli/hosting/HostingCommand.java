package kz.tizim.cli.hosting;

import picocli.CommandLine.Command;

/** {@code tizim hosting …}: hosting facts without the server. */
@Command(name = "hosting", description = "Hosting facts: country, network and CDN of hosts and addresses (no server).",
        subcommands = LookupCommand.class)
public final class HostingCommand {
}
