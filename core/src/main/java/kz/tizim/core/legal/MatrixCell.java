package kz.tizim.core.legal;

import java.util.List;
import java.util.stream.Collectors;

/** One cell of the gap matrix: how one jurisdiction treats one category, possibly in several provisions. */
public record MatrixCell(OffenceCategory category, JurisdictionCode jurisdiction, List<ForeignProvision> provisions) {

    /** Shown for a cell the catalogue has no data for; distinct from any coverage class. */
    public static final String NO_DATA = "NO_DATA";

    public MatrixCell {
        provisions = List.copyOf(provisions);
    }

    /**
     * Compact text: {@code NARROWER: 17 U.S.C. 506(a) [requires COMMERCIAL_SCALE] | ...}, with the
     * subtype first where there is one.
     */
    public String text() {
        if (provisions.isEmpty()) {
            return NO_DATA;
        }
        return provisions.stream().map(MatrixCell::describe).collect(Collectors.joining(" | "));
    }

    private static String describe(ForeignProvision provision) {
        var text = new StringBuilder();
        if (!provision.subtype().isEmpty()) {
            text.append('[').append(provision.subtype()).append("] ");
        }
        text.append(provision.coverage()).append(": ").append(provision.citation());
        if (!provision.requires().isEmpty()) {
            text.append(" [requires ").append(provision.requires().stream().sorted().map(Fact::name)
                    .collect(Collectors.joining(" + "))).append(']');
        }
        return text.toString();
    }
}
