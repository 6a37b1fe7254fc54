package kz.tizim.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest; "development" when run from classes. */
final class TizimVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = TizimVersion.class.getPackage().getImplementationVersion();
        return new String[] {"tizim " + (version == null ? "development" : version)};
    }
}
