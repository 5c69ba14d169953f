package io.newswatch.ingest.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Server-side request forgery guard. Before any connection, the URL's host is read in every spelling an HTTP
 * stack might accept (dotted decimal, single decimal {@code 2130706433}, octal {@code 0177.0.0.1}, hex
 * {@code 0x7f.1}, bracketed IPv6 with embedded IPv4 {@code [::ffff:127.0.0.1]}), names are resolved, and the
 * request is refused when any address is private, loopback, link-local, multicast, unspecified, CGNAT, ULA or
 * otherwise reserved, unless an allow-list entry (CIDR or exact host name) opens it. Non-canonical numeric
 * spellings are refused outright.
 *
 * <p>Known limit: the HTTP client resolves the name again when it connects, so a DNS server that answers
 * differently within that window (rebinding) is not caught here.
 */
public final class AddressGuard {

    /** Resolves a host name; replaceable so tests need no DNS. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final List<Cidr> FORBIDDEN = java.util.stream.Stream.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "::/96", "64:ff9b::/96", "100::/64", "2001::/32", "2001:db8::/32", "fc00::/7", "fe80::/10",
            "fec0::/10", "ff00::/8").map(Cidr::parse).toList();

    private final List<Cidr> allowedNetworks;
    private final Set<String> allowedHosts;
    private final boolean allowAll;
    private final Resolver resolver;

    private AddressGuard(List<Cidr> allowedNetworks, Set<String> allowedHosts, boolean allowAll, Resolver resolver) {
        this.allowedNetworks = List.copyOf(allowedNetworks);
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.allowAll = allowAll;
        this.resolver = resolver;
    }

    /** The default guard: every non-public address refused, system DNS. */
    public static AddressGuard strict() {
        return builder().build();
    }

    /** A guard that lets every address through (explicit opt-in, e.g. {@code --allow-private}). */
    public static AddressGuard allowingEverything() {
        return builder().allowEverything().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Refused by the guard; the message names the URL and the reason. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Checks a URL before it is fetched.
     *
     * @return the addresses the host resolves to
     * @throws RefusedException when the scheme is not http(s), the host is missing, obfuscated, unresolvable,
     *                          or resolves to a forbidden address that no allow-list entry opens
     */
    public List<InetAddress> check(URI uri) throws RefusedException {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedException(uri + ": scheme '" + scheme + "' is not http or https");
        }
        String rawHost = uri.getHost();
        if (rawHost == null || rawHost.isEmpty()) {
            throw new RefusedException(uri + ": no host");
        }
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        boolean hostAllowed = allowAll || allowedHosts.contains(host);
        List<InetAddress> addresses = new ArrayList<>();
        InetAddress literal = literal(host);
        if (literal != null) {
            if (!host.startsWith("[") && !literal.getHostAddress().equals(host) && !allowAll) {
                throw new RefusedException(uri + ": non-canonical IP address spelling '" + rawHost + "' (" + literal.getHostAddress() + ")");
            }
            addresses.add(literal);
        } else if (!hostAllowed && (host.equals("localhost") || host.endsWith(".localhost"))) {
            throw new RefusedException(uri + ": host '" + rawHost + "' is a loopback name");
        } else {
            try {
                addresses.addAll(Arrays.asList(resolver.resolve(host)));
            } catch (UnknownHostException e) {
                throw new RefusedException(uri + ": host '" + rawHost + "' cannot be resolved");
            }
        }
        if (addresses.isEmpty()) {
            throw new RefusedException(uri + ": host '" + rawHost + "' has no address");
        }
        if (hostAllowed) {
            return List.copyOf(addresses);
        }
        for (InetAddress address : addresses) {
            InetAddress effective = embeddedIpv4(address);
            if (isForbidden(effective) || isForbidden(address)) {
                if (!isAllowed(address) && !isAllowed(effective)) {
                    throw new RefusedException(uri + ": host '" + rawHost + "' is the non-public address "
                            + address.getHostAddress());
                }
            }
        }
        return List.copyOf(addresses);
    }

    private boolean isAllowed(InetAddress address) {
        return allowedNetworks.stream().anyMatch(c -> c.contains(address));
    }

    private static boolean isForbidden(InetAddress address) {
        return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || FORBIDDEN.stream().anyMatch(c -> c.contains(address));
    }

    /** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), else the address itself. */
    static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        boolean prefixZero = true;
        for (int i = 0; i < 10; i++) {
            prefixZero &= b[i] == 0;
        }
        boolean mappedOrCompatible = prefixZero && ((b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) || (b[10] == 0 && b[11] == 0));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B;
        try {
            if (mappedOrCompatible || nat64) {
                return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6));
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
        return address;
    }

    /**
     * The address an IP-literal host denotes, reading IPv4 the way URL parsers do (1 to 4 parts, each decimal,
     * {@code 0}-prefixed octal or {@code 0x}-prefixed hex), or {@code null} when the host is a name.
     */
    static InetAddress literal(String host) {
        try {
            if (host.startsWith("[") && host.endsWith("]")) {
                return InetAddress.getByName(host.substring(1, host.length() - 1));
            }
            if (host.indexOf(':') >= 0) {
                return InetAddress.getByName(host);
            }
        } catch (UnknownHostException e) {
            return null;
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4 || parts.length == 0) {
            return null;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = number(parts[i]);
            if (value == null) {
                return null;
            }
            values[i] = value;
        }
        long result = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return null;
            }
            result |= values[i] << (8 * (3 - i));
        }
        long last = values[values.length - 1];
        if (last >= (1L << (8 * (5 - values.length)))) {
            return null;
        }
        result |= last;
        byte[] bytes = {(byte) (result >> 24), (byte) (result >> 16), (byte) (result >> 8), (byte) result};
        try {
            return Inet4Address.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static Long number(String part) {
        if (part.isEmpty() || part.length() > 12) {
            return null;
        }
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0L : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return part.chars().allMatch(Character::isDigit) ? Long.parseLong(part) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Builds an {@link AddressGuard}; by default nothing non-public is allowed and the system resolver is used. */
    public static final class Builder {
        private final List<Cidr> networks = new ArrayList<>();
        private final List<String> hosts = new ArrayList<>();
        private boolean allowAll;
        private Resolver resolver = InetAddress::getAllByName;

        private Builder() {
        }

        /** Opens a network, e.g. {@code 127.0.0.0/8}, {@code 10.1.2.3} or {@code ::1/128}. */
        public Builder allowNetwork(String cidr) {
            networks.add(Cidr.parse(cidr));
            return this;
        }

        /** Opens an exact host name (case-insensitive), whatever it resolves to. */
        public Builder allowHost(String host) {
            hosts.add(host.toLowerCase(Locale.ROOT));
            return this;
        }

        /** Opens an allow-list entry: a CIDR or address when it parses as one, else a host name. */
        public Builder allow(String entry) {
            return Cidr.isCidr(entry) ? allowNetwork(entry) : allowHost(entry);
        }

        /** Opens everything: private, loopback and obfuscated addresses all pass. */
        public Builder allowEverything() {
            this.allowAll = true;
            return this;
        }

        public Builder resolver(Resolver value) {
            this.resolver = Objects.requireNonNull(value, "resolver");
            return this;
        }

        public AddressGuard build() {
            return new AddressGuard(networks, hosts.stream().collect(Collectors.toSet()), allowAll, resolver);
        }
    }

    /** An address range. */
    record Cidr(byte[] network, int prefix) {

        static boolean isCidr(String text) {
            try {
                parse(text);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        static Cidr parse(String text) {
            String[] parts = text.trim().split("/", 2);
            String address = parts[0];
            boolean numeric = address.indexOf(':') >= 0 || address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            if (!numeric) {
                throw new IllegalArgumentException("not a CIDR: " + text);
            }
            InetAddress base;
            try {
                base = InetAddress.getByName(address);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not a CIDR: " + text, e);
            }
            byte[] bytes = base.getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bytes.length * 8;
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("prefix out of range: " + text);
            }
            return new Cidr(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[full] & mask) == (network[full] & mask);
        }
    }
}
