package kz.tizim.server.recheck;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an address may be fetched. Complainants choose the URLs, so without this guard a
 * re-check could be aimed at the regulator's own network (SSRF): loopback, private, link-local,
 * shared (CGNAT), unique-local, multicast and unspecified addresses are refused unless explicitly
 * allowed.
 */
final class AddressGuard {

    private final List<Network> allowed;

    AddressGuard(List<String> allowedNetworks) {
        this.allowed = allowedNetworks.stream().filter(s -> !s.isBlank()).map(Network::parse).toList();
    }

    /** Why the address is refused, or empty when it may be fetched. */
    Optional<String> refusal(InetAddress address) {
        for (Network network : allowed) {
            if (network.contains(address)) {
                return Optional.empty();
            }
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback address " + address.getHostAddress());
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of("non-unicast address " + address.getHostAddress());
        }
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress()) {
            return Optional.of("private address " + address.getHostAddress());
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) {
            return Optional.of("shared (CGNAT) address " + address.getHostAddress());
        }
        if (address instanceof Inet4Address && (bytes[0] & 0xff) == 0) {
            return Optional.of("'this network' address " + address.getHostAddress());
        }
        if (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
            return Optional.of("unique-local address " + address.getHostAddress());
        }
        return Optional.empty();
    }

    /** An IPv4 or IPv6 network in CIDR notation. */
    record Network(BigInteger base, int prefix, int bits) {

        static Network parse(String cidr) {
            String[] parts = cidr.trim().split("/");
            try {
                InetAddress address = InetAddress.getByName(parts[0]);
                int bits = address.getAddress().length * 8;
                int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : bits;
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("bad prefix length in " + cidr);
                }
                return new Network(masked(new BigInteger(1, address.getAddress()), prefix, bits), prefix, bits);
            } catch (java.net.UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not a network: " + cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            int length = address.getAddress().length * 8;
            return length == bits && masked(new BigInteger(1, address.getAddress()), prefix, bits).equals(base);
        }

        private static BigInteger masked(BigInteger value, int prefix, int bits) {
            return value.shiftRight(bits - prefix).shiftLeft(bits - prefix);
        }
    }
}
