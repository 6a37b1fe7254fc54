package kz.tizim.cli.locator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.match.locator.PublicSuffixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tizim locator registrable HOST...}: the registrable domain of each host. */
@Command(name = "registrable",
        description = {"Print the registrable domain (A-label) of each host by the Public Suffix List, "
                + "or 'null' when the host is a public suffix or an IP address.",
            "Reads standard input, one host per line, when no host is given. An invalid host prints "
                + "'error: <reason>' in its place; the exit code is then 1."})
public final class RegistrableCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Parameters(paramLabel = "HOST", arity = "0..*", description = "Host names or IP addresses.")
    List<String> hosts = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
        return Inputs.printEach(hosts, out, input -> String.valueOf(PublicSuffixes.registrableDomain(input)));
    }
}
