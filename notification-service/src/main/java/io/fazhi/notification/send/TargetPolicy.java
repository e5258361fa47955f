package io.fazhi.notification.send;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which webhook targets the service may call (SSRF). A target must be an http(s) URL without
 * credentials whose host resolves only to public addresses: loopback, private, link-local (cloud
 * metadata at 169.254.169.254), carrier-grade NAT, unique-local, multicast and unspecified addresses
 * are refused unless {@code fazhi.webhooks.allowed-private-targets} names the host, the address or
 * a CIDR block containing it. An IPv6 address that carries an IPv4 one (IPv4-compatible ::a.b.c.d,
 * NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo, ISATAP) is judged by the IPv4 address inside, and an
 * IPv4 address spelled other than as four plain decimals (0177.0.0.1, which the JDK reads as
 * 177.0.0.1 and other resolvers as 127.0.0.1; 2130706433; 0x7f.1; 127.1) is refused outright. Checked when subscribing and again before every delivery, so a name
 * re-pointed at an internal address afterwards (DNS rebinding) is refused too.
 */
@ApplicationScoped
public class TargetPolicy {

    /** Four decimals of 0–255 without leading zeros: the only IPv4 spelling every resolver reads alike. */
    private static final java.util.regex.Pattern CANONICAL_IPV4 = java.util.regex.Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private final List<String> allowed;

    @Inject
    public TargetPolicy(WebhookConfig config) {
        this(config.allowedPrivateTargets());
    }

    TargetPolicy(Optional<List<String>> allowed) {
        this.allowed = allowed.orElse(List.of()).stream()
                .map(a -> a.trim().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Why the target is refused, or empty when the service may call it. */
    public Optional<String> refusal(String target) {
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return Optional.of("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are accepted");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("credentials in the URL are not accepted; the signature authenticates the sender");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("the URL has no host");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (looksNumeric(bareHost) && !CANONICAL_IPV4.matcher(bareHost).matches()) {
            return Optional.of(
                    "the host " + host + " is an IPv4 address in a non-canonical spelling; write it as four decimals");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bareHost);
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " does not resolve");
        }
        if (allowed.contains(bareHost.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && allowed.stream().noneMatch(rule -> covers(rule, address))) {
                return Optional.of("the host " + host + " resolves to the internal address " + address.getHostAddress()
                        + ", which is not in the allow-list");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address v6) {
            Optional<InetAddress> inside = embeddedIpv4(v6);
            return (b[0] & 0xfe) == 0xfc // fc00::/7 unique-local
                    || inside.map(TargetPolicy::isInternal).orElse(false);
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0
                || (first == 100 && second >= 64 && second < 128) // 0/8, 100.64/10 carrier-grade NAT
                || (first == 198 && (second == 18 || second == 19)); // 198.18/15 benchmarking
    }

    /** The IPv4 address an IPv6 address carries, in the forms that route to it. */
    static Optional<InetAddress> embeddedIpv4(Inet6Address address) {
        byte[] b = address.getAddress();
        int at;
        byte[] xor = new byte[4];
        if (zero(b, 0, 12)) {
            at = 12; // ::a.b.c.d, IPv4-compatible
        } else if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
            at = 12; // 64:ff9b::/96 NAT64, and the local-use 64:ff9b:1::/48
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            at = 2; // 2002:a.b.c.d::/48, 6to4
        } else if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            at = 12; // 2001::/32 Teredo: the client's address, inverted
            java.util.Arrays.fill(xor, (byte) 0xff);
        } else if ((b[8] & 0xfd) == 0 && b[9] == 0 && b[10] == 0x5e && b[11] == (byte) 0xfe) {
            at = 12; // ::5efe:a.b.c.d, ISATAP
        } else {
            return Optional.empty();
        }
        byte[] v4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            v4[i] = (byte) (b[at + i] ^ xor[i]);
        }
        try {
            return Optional.of(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** A host that would be read as an IPv4 address: its last label is a number (no top-level domain is). */
    static boolean looksNumeric(String host) {
        String last = host.substring(host.lastIndexOf('.') + 1);
        return !host.contains(":")
                && !last.isEmpty()
                && (last.chars().allMatch(Character::isDigit)
                        || last.toLowerCase(Locale.ROOT).startsWith("0x"));
    }

    /** Whether an allow-list rule (an address or a CIDR block) contains the address. */
    static boolean covers(String rule, InetAddress address) {
        String[] parts = rule.split("/", 2);
        InetAddress network;
        try {
            if (!parts[0].matches("[0-9a-f:.]+")) {
                return false; // a host name: matched by name before resolution
            }
            network = InetAddress.getByName(parts[0]);
        } catch (UnknownHostException e) {
            return false;
        }
        byte[] a = address.getAddress();
        byte[] n = network.getAddress();
        if (a.length != n.length) {
            return false;
        }
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : a.length * 8;
        for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((a[i] & mask) != (n[i] & mask)) {
                return false;
            }
        }
        return true;
    }
}
