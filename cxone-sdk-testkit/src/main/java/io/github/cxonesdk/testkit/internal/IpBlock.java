package io.github.cxonesdk.testkit.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** A CIDR block over IPv4 or IPv6 literals; never resolves host names. Immutable. */
final class IpBlock {
    /** Dotted quad without leading zeros (API.md: {@code 010.0.0.1} is not an IPv4 address). */
    private static final String OCTET = "(0|[1-9]\\d{0,2})";
    private static final Pattern V4 = Pattern.compile(OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET);
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private final byte[] network;
    private final int prefix;

    private IpBlock(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** Parses {@code address/prefix}; returns null when it is not a valid block. */
    static IpBlock parse(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return null;
        }
        byte[] address = address(cidr.substring(0, slash));
        String bits = cidr.substring(slash + 1);
        if (address == null || !bits.matches("\\d{1,3}")) {
            return null;
        }
        int prefix = Integer.parseInt(bits);
        if (prefix > address.length * 8 || hostBitsSet(address, prefix) || mappedIpv4(address, prefix)) {
            return null;
        }
        return new IpBlock(address, prefix);
    }

    /** API.md: a block with host bits set after the prefix ({@code 10.1.2.3/8}) is invalid. */
    private static boolean hostBitsSet(byte[] address, int prefix) {
        for (int bit = prefix; bit < address.length * 8; bit++) {
            if ((address[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                return true;
            }
        }
        return false;
    }

    /** API.md: an IPv4-mapped IPv6 block narrower than {@code ::ffff:0:0/96} is invalid (write the IPv4 block). */
    private static boolean mappedIpv4(byte[] address, int prefix) {
        if (address.length != 16 || prefix <= 96) {
            return false;
        }
        for (int k = 0; k < 10; k++) {
            if (address[k] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
    }

    boolean contains(String text) {
        byte[] address = address(text);
        if (address == null || address.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Returns 4 bytes for an IPv4 literal, 16 for an IPv6 literal (IPv4-mapped stays IPv6), else null. */
    static byte[] address(String text) {
        var v4 = V4.matcher(text);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(v4.group(i + 1));
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (text.indexOf(':') < 0 || !V6.matcher(text).matches()) {
            return null;
        }
        for (String group : text.split(":", -1)) {
            // InetAddress takes "::00001"; RFC 4291 allows at most four hex digits per group
            if (group.length() > 4 && group.indexOf('.') < 0) {
                return null;
            }
        }
        try {
            InetAddress parsed = InetAddress.getByName(text);
            byte[] raw = parsed.getAddress();
            if (parsed instanceof Inet4Address) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(raw, 0, mapped, 12, 4);
                return mapped;
            }
            return raw;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
