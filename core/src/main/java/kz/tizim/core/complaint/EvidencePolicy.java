package kz.tizim.core.complaint;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which files are accepted as evidence: a size limit and a list of content types. The declared
 * type must also match the file's leading bytes for the types that have a signature, so a renamed
 * executable is not stored as a "PDF".
 */
public record EvidencePolicy(long maxBytes, Set<String> contentTypes) {

    public EvidencePolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("evidence size limit must be positive");
        }
        contentTypes = Set.copyOf(contentTypes);
    }

    /** 20 MiB; PDF, PNG, JPEG, WebP, plain text, MP4 video, saved e-mail. */
    public static EvidencePolicy standard() {
        return new EvidencePolicy(20L * 1024 * 1024, Set.of("application/pdf", "image/png", "image/jpeg",
                "image/webp", "text/plain", "video/mp4", "message/rfc822"));
    }

    /** Why the file is not acceptable, or empty when it is. */
    public Optional<String> problem(String contentType, byte[] content) {
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        if (content.length == 0) {
            return Optional.of("the file is empty");
        }
        if (content.length > maxBytes) {
            return Optional.of("the file has " + content.length + " bytes; the limit is " + maxBytes);
        }
        if (!contentTypes.contains(type)) {
            return Optional.of("content type " + type + " is not accepted; accepted: " + String.join(", ",
                    contentTypes.stream().sorted().toList()));
        }
        if (!signatureMatches(type, content)) {
            return Optional.of("the file's content is not " + type);
        }
        return Optional.empty();
    }

    private static boolean signatureMatches(String type, byte[] content) {
        return switch (type) {
            case "application/pdf" -> startsWith(content, '%', 'P', 'D', 'F', '-');
            case "image/png" -> startsWith(content, 0x89, 'P', 'N', 'G');
            case "image/jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            case "image/webp" -> startsWith(content, 'R', 'I', 'F', 'F') && content.length >= 12
                    && content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P';
            default -> true;
        };
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
