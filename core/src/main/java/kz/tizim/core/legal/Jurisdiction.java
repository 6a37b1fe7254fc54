package kz.tizim.core.legal;

/** A host state, the EU level, or a reference instrument, as listed in the catalogue. */
public record Jurisdiction(JurisdictionCode code, String name, JurisdictionKind kind) {

    public Jurisdiction {
        name = Texts.required(name, "name of " + code);
    }
}
