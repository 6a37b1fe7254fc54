package kz.tizim.core.legal;

import java.util.List;

/** The outcome of reading a catalogue file: a catalogue, or every problem found in the file. */
public sealed interface CatalogueFileResult {

    record Parsed(LegalCatalogue catalogue) implements CatalogueFileResult {
    }

    record Rejected(List<FileProblem> problems) implements CatalogueFileResult {

        public Rejected {
            problems = List.copyOf(problems);
        }

        @Override
        public String toString() {
            return String.join(System.lineSeparator(), problems.stream().map(FileProblem::toString).toList());
        }
    }
}
