package kz.tizim.core.legal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the sectioned text format described in {@link LegalCatalogueFile}. */
final class CatalogueFileParser {

    static final String FORMAT = "tizim-legal-catalogue/1";

    private static final Pattern HEADER = Pattern.compile("\\[([a-z]+)(?: +(\\S+))?]");
    private static final Pattern KEY_VALUE = Pattern.compile("([a-z][a-z.-]*) *=(.*)");

    private final String fileName;
    private final List<FileProblem> problems = new ArrayList<>();
    private final Map<String, Integer> anchorLines = new HashMap<>();

    private final List<CategoryProcedure> categories = new ArrayList<>();
    private final List<Jurisdiction> jurisdictions = new ArrayList<>();
    private final List<LegalBasis> bases = new ArrayList<>();
    private final List<ForeignProvision> provisions = new ArrayList<>();

    private CatalogueFileParser(String fileName) {
        this.fileName = fileName;
    }

    static CatalogueFileResult parse(String fileName, String text) {
        return new CatalogueFileParser(fileName).run(text);
    }

    private CatalogueFileResult run(String text) {
        List<String> lines = text.lines().toList();
        Section header = new Section("header", "", 1);
        List<Section> sections = split(lines, header);
        int versionNumber = readHeader(header);
        for (Section section : sections) {
            anchorLines.put(section.anchor(), section.line);
            try {
                read(section);
                section.unusedKeys().forEach(this::report);
            } catch (Section.Malformed e) {
                report(e);
            } catch (IllegalArgumentException e) {
                // A record refused the values (blank citation, bad id...): point at the section.
                problems.add(new FileProblem(fileName, section.line, e.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            int lastLine = Math.max(1, lines.size());
            for (IntegrityProblem problem : CatalogueIntegrity.problems(categories, jurisdictions, bases, provisions)) {
                int line = anchorLines.getOrDefault(problem.anchor(), lastLine);
                problems.add(new FileProblem(fileName, line, problem.reason()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(FileProblem::line));
            return new CatalogueFileResult.Rejected(problems);
        }
        var version = CatalogueVersion.of(versionNumber, sha256(text));
        return new CatalogueFileResult.Parsed(LegalCatalogue.of(version, categories, jurisdictions, bases, provisions));
    }

    private List<Section> split(List<String> lines, Section header) {
        var sections = new ArrayList<Section>();
        Section current = header;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher sectionHeader = HEADER.matcher(line);
            if (sectionHeader.matches()) {
                String id = sectionHeader.group(2) == null ? "" : sectionHeader.group(2);
                current = new Section(sectionHeader.group(1), id, lineNumber);
                sections.add(current);
                continue;
            }
            Matcher keyValue = KEY_VALUE.matcher(line);
            if (!keyValue.matches()) {
                problems.add(new FileProblem(fileName, lineNumber,
                        "expected '[type id]', 'key = value' or a '#' comment, found '" + abbreviate(line) + "'"));
                continue;
            }
            try {
                current.put(keyValue.group(1), keyValue.group(2).strip(), lineNumber);
            } catch (Section.Malformed e) {
                report(e);
            }
        }
        return sections;
    }

    private int readHeader(Section header) {
        try {
            String format = header.required("format");
            if (!format.equals(FORMAT)) {
                throw new Section.Malformed(header.lineOf("format"),
                        "unsupported format '" + format + "', expected '" + FORMAT + "'");
            }
            String version = header.required("version");
            int number;
            try {
                number = Integer.parseInt(version);
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number <= 0) {
                throw new Section.Malformed(header.lineOf("version"),
                        "version must be a positive integer, not '" + version + "'");
            }
            header.unusedKeys().forEach(this::report);
            return number;
        } catch (Section.Malformed e) {
            report(e);
            return 1;
        }
    }

    private void read(Section section) {
        switch (section.type) {
            case "category" -> categories.add(category(section));
            case "jurisdiction" -> jurisdictions.add(jurisdiction(section));
            case "basis" -> bases.add(basis(section));
            case "provision" -> provisions.add(provision(section));
            default -> throw new Section.Malformed(section.line,
                    "unknown section type '" + section.type + "'; expected category, jurisdiction, basis or provision");
        }
    }

    private static CategoryProcedure category(Section s) {
        return new CategoryProcedure(
                enumId(s, OffenceCategory.class),
                s.enumValue("urgency", Urgency.class),
                deadline(s, "decide-within"),
                deadline(s, "owner-complies-within"),
                s.yesNo("notice-before-restriction"),
                s.enumValue("locators", LocatorPublication.class));
    }

    private static Jurisdiction jurisdiction(Section s) {
        return new Jurisdiction(new JurisdictionCode(id(s)), s.required("name"), s.enumValue("kind", JurisdictionKind.class));
    }

    private static LegalBasis basis(Section s) {
        return new LegalBasis(
                new LegalBasisId(id(s)),
                s.enumValue("kind", BasisKind.class),
                s.required("citation"),
                s.enumValue("category", OffenceCategory.class),
                s.optional("subtype"),
                new LocalizedSummary(s.required("summary.kk"), s.required("summary.ru"), s.required("summary.en")),
                s.enumSet("measures", Measure.class, true),
                review(s));
    }

    private static ForeignProvision provision(Section s) {
        return new ForeignProvision(
                new ProvisionId(id(s)),
                new JurisdictionCode(s.required("jurisdiction")),
                s.enumValue("category", OffenceCategory.class),
                s.optional("subtype"),
                s.enumValue("coverage", Coverage.class),
                s.required("citation"),
                s.required("summary"),
                s.enumSet("requires", Fact.class, false),
                review(s));
    }

    private static Review review(Section s) {
        return new Review(s.enumValue("status", ReviewStatus.class), s.required("note"));
    }

    private static Deadline deadline(Section s, String key) {
        try {
            return Deadline.parse(s.required(key));
        } catch (IllegalArgumentException e) {
            throw new Section.Malformed(s.lineOf(key), e.getMessage());
        }
    }

    private static String id(Section s) {
        if (s.id.isEmpty()) {
            throw new Section.Malformed(s.line, "[" + s.type + "] needs an id: [" + s.type + " ID]");
        }
        return s.id;
    }

    private static <E extends Enum<E>> E enumId(Section s, Class<E> type) {
        try {
            return Enum.valueOf(type, id(s));
        } catch (IllegalArgumentException e) {
            throw new Section.Malformed(s.line, "unknown " + s.type + " '" + s.id + "'");
        }
    }

    private void report(Section.Malformed malformed) {
        problems.add(new FileProblem(fileName, malformed.line, malformed.getMessage()));
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
