package kz.tizim.cli.audit;

import picocli.CommandLine.Command;

/** {@code tizim audit …}: checks on the audit trail. */
@Command(name = "audit", description = "Check the tamper-evident audit trail.", subcommands = VerifyCommand.class)
public final class AuditCommand {
}
