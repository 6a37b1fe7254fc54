package kz.tizim.core.hosting;

/** A CIDR network such as {@code 104.16.0.0/13} or {@code 2606:4700::/32}. */
public record Network(IpAddress prefix, int length) {

    public Network {
        int width = prefix.v6() ? 128 : 32;
        if (length < 0 || length > width) {
            throw new IllegalArgumentException("prefix length " + length + " out of range for " + prefix);
        }
    }

    /** Parses {@code address/length}; an address without a length is a single-address network. */
    public static Network parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        IpAddress prefix = IpAddress.of(slash < 0 ? trimmed : trimmed.substring(0, slash));
        int width = prefix.v6() ? 128 : 32;
        int length;
        try {
            length = slash < 0 ? width : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR network: '" + text + "'");
        }
        return new Network(prefix, length);
    }

    @Override
    public String toString() {
        return prefix + "/" + length;
    }
}
