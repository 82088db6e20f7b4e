package com.footballcoach.platform.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which URLs a webhook may target: http or https only, and (unless {@code WEBHOOK_ALLOW_PRIVATE})
 * a host whose every address is public — no loopback, private (site-local, unique-local IPv6),
 * link-local, any-local, multicast, carrier-grade NAT or reserved address, so that a club cannot
 * make the platform call its own network (SSRF). Checked when an endpoint is created and again
 * before each attempt, as DNS answers may change.
 */
@Component
class WebhookTargets {

    /** Why a target is refused; the message is safe to show to the club. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final WebhookSettings settings;

    WebhookTargets(WebhookSettings settings) {
        this.settings = settings;
    }

    /** The parsed URI, or {@link Refused} with the reason. */
    URI check(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new Refused("url is not a valid URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("url must be an http or https URL.");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new Refused("url has no host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("url must not carry credentials.");
        }
        if (settings.allowPrivate()) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new Refused("url host " + host + " does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new Refused("url host " + host + " resolves to a private, loopback or link-local address ("
                        + address.getHostAddress() + "); webhooks only call public addresses.");
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT 100.64/10
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc; // fc00::/7
            boolean siteLocal = first == 0xfe && (b[1] & 0xc0) == 0xc0; // fec0::/10
            return !uniqueLocal && !siteLocal && !embedsPrivateIpv4(b);
        }
        return false;
    }

    /** IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) forms of a non-public IPv4 address. */
    private static boolean embedsPrivateIpv4(byte[] b) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        if (!compatible && !nat64) {
            return false;
        }
        try {
            return !isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
