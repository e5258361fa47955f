package io.fazhi.notification.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which webhook targets the service may call (SSRF). A target must be an http(s) URL without
 * credentials whose host resolves only to public addresses: loopback, private, link-local (cloud
 * metadata at 169.254.169.254), carrier-grade NAT, unique-local, multicast and unspecified addresses
 * are refused unless {@code fazhi.webhooks.allowed-private-targets} names the host, the address or
 * a CIDR block containing it. Checked when subscribing and again before every delivery, so a name
 * re-pointed at an internal address afterwards (DNS rebinding) is refused too.
 */
@ApplicationScoped
public class TargetPolicy {

    private final List<String> allowed;

    public TargetPolicy(@ConfigProperty(name = "fazhi.webhooks.allowed-private-targets") Optional<List<String>> allowed) {
        this.allowed = allowed.orElse(List.of()).stream().map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
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
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique-local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, 100.64/10 carrier-grade NAT
                || (first == 198 && (second == 18 || second == 19)); // 198.18/15 benchmarking
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
