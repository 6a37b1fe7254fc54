package kz.tizim.cli.feed;

import picocli.CommandLine.Command;

/** {@code tizim feed …}: the register as ISPs receive it. */
@Command(name = "feed", description = "The register as ISPs receive it: signing key, exports, DNS pushes.",
        subcommands = {KeyCommand.class, ExportCommand.class, PushCommand.class})
public final class FeedCommand {
}
