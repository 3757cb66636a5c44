package io.github.cxonesdk.eventbridge.internal;

/**
 * A parsed CIDR block such as {@code 10.0.0.0/8} or {@code 2001:db8::/32}. As API.md requires, a
 * block with host bits set below the prefix length ({@code 10.1.2.3/8}) is rejected, and so is an
 * IPv4-mapped IPv6 block narrower than the whole mapped range ({@code ::ffff:10.0.0.0/104}: the
 * IPv4 block {@code 10.0.0.0/8} is meant, and an IPv4 block never matches an IPv6 address).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param ipv6 whether the block is IPv6
 * @param hi the high 64 bits of the masked network address (IPv4: 0)
 * @param lo the low 64 bits of the masked network address (IPv4: the 32-bit address)
 * @param prefixLength 0-32 for IPv4, 0-128 for IPv6
 */
public record CidrBlock(boolean ipv6, long hi, long lo, int prefixLength) {
    /**
     * Parses {@code address/prefixLength}.
     *
     * @param text the block
     * @return the block
     * @throws IllegalArgumentException with a plain reason when the text is not a CIDR block
     */
    public static CidrBlock parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("must be address/prefix-length, such as 10.0.0.0/8");
        }
        String lengthText = text.substring(slash + 1);
        if (lengthText.isEmpty() || lengthText.length() > 3 || !lengthText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("prefix length must be a decimal number");
        }
        int length = Integer.parseInt(lengthText);
        String address = text.substring(0, slash);
        long v4 = IpAddresses.parseIpv4(address, 0, address.length());
        if (v4 != IpAddresses.INVALID) {
            if (length > 32) {
                throw new IllegalArgumentException("IPv4 prefix length must be 0-32");
            }
            if ((v4 & mask32(length)) != v4) {
                throw new IllegalArgumentException("has host bits set after the prefix length; the block is "
                        + IpAddresses.formatIpv4(v4 & mask32(length)) + "/" + length);
            }
            return new CidrBlock(false, 0, v4, length);
        }
        long[] v6 = new long[2];
        if (!IpAddresses.parseIpv6(address, v6)) {
            throw new IllegalArgumentException("'" + address + "' is not an IPv4 or IPv6 address");
        }
        if (length > 128) {
            throw new IllegalArgumentException("IPv6 prefix length must be 0-128");
        }
        if ((v6[0] & maskHi(length)) != v6[0] || (v6[1] & maskLo(length)) != v6[1]) {
            throw new IllegalArgumentException("has host bits set after the prefix length");
        }
        if (length > 96 && v6[0] == 0 && (v6[1] >>> 32) == 0xFFFFL) {
            throw new IllegalArgumentException("is an IPv4-mapped IPv6 block; write the IPv4 block "
                    + IpAddresses.formatIpv4(v6[1] & 0xFFFFFFFFL) + "/" + (length - 96) + " instead");
        }
        return new CidrBlock(true, v6[0], v6[1], length);
    }

    /**
     * Tells whether an IPv4 address is inside this block; always false for an IPv6 block.
     *
     * @param address the unsigned 32-bit address
     * @return whether it is inside
     */
    public boolean containsIpv4(long address) {
        return !ipv6 && (address & mask32(prefixLength)) == lo;
    }

    /**
     * Tells whether an IPv6 address is inside this block; always false for an IPv4 block.
     *
     * @param addressHi the high 64 bits
     * @param addressLo the low 64 bits
     * @return whether it is inside
     */
    public boolean containsIpv6(long addressHi, long addressLo) {
        return ipv6 && (addressHi & maskHi(prefixLength)) == hi && (addressLo & maskLo(prefixLength)) == lo;
    }

    private static long mask32(int length) {
        return length == 0 ? 0 : (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
    }

    private static long maskHi(int length) {
        return length == 0 ? 0 : length >= 64 ? -1L : -1L << (64 - length);
    }

    private static long maskLo(int length) {
        return length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
    }

    @Override
    public String toString() {
        return (ipv6 ? "ipv6 " : "ipv4 ") + Long.toHexString(hi) + ":" + Long.toHexString(lo) + "/" + prefixLength;
    }
}
