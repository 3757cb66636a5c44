package io.github.cxonesdk.schema.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/** A growable byte buffer for writing JSON output. One per call; not thread-safe. */
public final class ByteSink {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private byte[] buf;
    private int size;

    /** A sink with room for {@code capacity} bytes before it grows. */
    public ByteSink(int capacity) {
        this.buf = new byte[Math.max(16, capacity)];
    }

    /** Appends one byte. */
    public void append(byte b) {
        if (size == buf.length) {
            grow(1);
        }
        buf[size++] = b;
    }

    /** Appends all of {@code b}. */
    public void append(byte[] b) {
        append(b, 0, b.length);
    }

    /** Appends {@code b[from, to)}. */
    public void append(byte[] b, int from, int to) {
        int n = to - from;
        if (size + n > buf.length) {
            grow(n);
        }
        size = put(b, from, to, buf, size);
    }

    /**
     * Copies {@code src[from, to)} to {@code dst} at {@code at}, which must have room; returns the
     * position after it. Short runs (field names, small values) go as words, the last one
     * overlapping, instead of an arraycopy call.
     */
    public static int put(byte[] src, int from, int to, byte[] dst, int at) {
        int n = to - from;
        if (n >= 8 && n <= 64) {
            for (int k = 0; k < n - 8; k += 8) {
                LONGS.set(dst, at + k, (long) LONGS.get(src, from + k));
            }
            LONGS.set(dst, at + n - 8, (long) LONGS.get(src, to - 8));
        } else if (n < 8) {
            for (int k = 0; k < n; k++) {
                dst[at + k] = src[from + k];
            }
        } else {
            System.arraycopy(src, from, dst, at, n);
        }
        return at + n;
    }

    /** Appends the ASCII characters of {@code s} (each char below 0x80). */
    public void appendAscii(String s) {
        int n = s.length();
        if (size + n > buf.length) {
            grow(n);
        }
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    /** Appends the decimal digits of {@code v} (with a minus sign when negative), without a temporary string. */
    public void appendLong(long v) {
        if (size + 20 > buf.length) {
            grow(20);
        }
        size = putLong(v, buf, size);
    }

    /**
     * Writes the decimal digits of {@code v} (with a minus sign when negative) to {@code dst} at
     * {@code at}, which must have room for 20 bytes; returns the position after them.
     */
    public static int putLong(long v, byte[] dst, int at) {
        if (v == Long.MIN_VALUE) {
            String s = Long.toString(v);
            for (int i = 0; i < s.length(); i++) {
                dst[at++] = (byte) s.charAt(i);
            }
            return at;
        }
        if (v < 0) {
            dst[at++] = '-';
            v = -v;
        }
        int n = digits(v);
        for (int k = at + n - 1; k >= at; k--) {
            dst[k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return at + n;
    }

    /** The number of decimal digits of {@code v >= 0}. */
    public static int digits(long v) {
        int n = 1;
        for (long p = 10; n < 19 && v >= p; p *= 10) {
            n++;
        }
        return n;
    }

    /** The bytes written so far; valid up to {@link #size()}, and only until the next append. */
    public byte[] buffer() {
        return buf;
    }

    /** The number of bytes written. */
    public int size() {
        return size;
    }

    /**
     * Makes room for {@code more} bytes and returns the buffer, for a caller that writes them
     * directly from {@link #size()} on and then calls {@link #setSize(int)} with the new size.
     */
    public byte[] reserve(int more) {
        if (size + more > buf.length) {
            grow(more);
        }
        return buf;
    }

    /** Sets the size to {@code newSize}: back to an earlier size, or forward over bytes written into {@link #reserve reserved} room. */
    public void setSize(int newSize) {
        if (newSize < 0 || newSize > buf.length) {
            throw new IndexOutOfBoundsException(newSize);
        }
        size = newSize;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void grow(int more) {
        long wanted = Math.max((long) buf.length * 2, (long) size + more);
        if (wanted > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("JSON output larger than 2 GB");
        }
        buf = Arrays.copyOf(buf, (int) wanted);
    }
}
