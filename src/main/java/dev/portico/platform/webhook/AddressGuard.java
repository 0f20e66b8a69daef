package dev.portico.platform.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps webhooks from reaching into the vendor's own network (SSRF): an endpoint's URL must be {@code https} and every
 * address its host resolves to must be a public unicast address — not loopback, private, link-local (cloud metadata
 * lives there), shared (CGNAT), unique-local, multicast, unspecified or reserved, also when written as an IPv4-mapped
 * or IPv4-compatible IPv6 address. Checked at registration and before every delivery (DNS can change), and the
 * delivery connects to the address that was checked. Hosts on the configured allow-list skip the address check and may
 * use plain http (the development stack and the tests deliver to 127.0.0.1).
 */
public final class AddressGuard {

    /** The resolver, replaceable in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that may be called, and the checked address to connect to. */
    public record Target(URI uri, String host, int port, boolean tls, InetAddress address) {
    }

    /** Why a URL may not be called. */
    public static final class Refused extends Exception {
        private final String reason;

        Refused(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }

        /** A short English reason, safe to show (names no resolved address). */
        public String reason() {
            return reason;
        }
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public AddressGuard(List<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** The URL's form alone: absolute http(s), a host, no user info, no fragment. Throws with the reason. */
    public static URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Refused("must be an https URL");
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not contain a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not contain a fragment");
        }
        return uri;
    }

    /** Checks the URL and resolves its host now; the target names the address to connect to. */
    public Target check(String url) throws Refused {
        URI uri = parse(url);
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        String host = uri.getHost();
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean allowed = allowedHosts.contains(bareHost.toLowerCase(Locale.ROOT));
        if (!tls && !allowed) {
            throw new Refused("must be an https URL");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException | RuntimeException e) {
            throw new Refused("names a host that does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refused("names a host that does not resolve");
        }
        if (!allowed) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new Refused("resolves to an address that is not public (loopback, private, link-local or reserved)");
                }
            }
        }
        return new Target(uri, bareHost, port, tls, addresses[0]);
    }

    /** Whether the address is a public unicast address a webhook may reach. */
    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isPublic4(v4.getAddress());
        }
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            // IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d: judge the IPv4 address
            if (prefixZero(b, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return isPublic4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (prefixZero(b, 12)) {
                return false; // ::, ::1 and the deprecated IPv4-compatible form
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isPublic4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local (fd00:ec2::254 is a metadata address)
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0x80) {
                return false; // fe80::/10 link-local
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return false; // fec0::/10 site-local (deprecated)
            }
            if (first == 0xff) {
                return false; // multicast
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // 2001:db8::/32 documentation
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                return isPublic4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 carries an IPv4 address
            }
            return (first & 0xe0) == 0x20; // only global unicast 2000::/3
        }
        return false;
    }

    private static boolean prefixZero(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPublic4(byte[] b) {
        int a = b[0] & 0xff;
        int c = b[1] & 0xff;
        if (a == 0 || a == 10 || a == 127 || a >= 224) {
            return false; // this network, private, loopback, multicast, reserved, broadcast
        }
        if (a == 100 && c >= 64 && c <= 127) {
            return false; // 100.64.0.0/10 shared address space (CGNAT)
        }
        if (a == 169 && c == 254) {
            return false; // link-local, cloud metadata (169.254.169.254)
        }
        if (a == 172 && c >= 16 && c <= 31) {
            return false;
        }
        if (a == 192 && c == 168) {
            return false;
        }
        if (a == 192 && c == 0 && ((b[2] & 0xff) == 0 || (b[2] & 0xff) == 2)) {
            return false; // IETF protocol assignments, documentation
        }
        if (a == 198 && (c == 18 || c == 19)) {
            return false; // benchmarking
        }
        if (a == 198 && c == 51 && (b[2] & 0xff) == 100) {
            return false; // documentation
        }
        if (a == 203 && c == 0 && (b[2] & 0xff) == 113) {
            return false; // documentation
        }
        return true;
    }
}
