package kz.tizim.cli;

import picocli.CommandLine.Option;

/** Shared {@code --errors} flag: show stack traces (read by {@link ExecutionErrors}). */
public final class ErrorsMixin {

    @Option(names = "--errors", description = "Print stack traces of failures.")
    boolean showStackTraces;
}
