package kz.tizim.core.legal;

/** Why a catalogue file was rejected, in the {@code file:line: reason} form editors jump to. */
public record FileProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
