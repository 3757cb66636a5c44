package io.github.cxonesdk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads newline-delimited JSON without a line-length hazard: each line is handed over as a byte range
 * of a buffer; a line longer than the limit is skipped whole (and counted) instead of growing memory;
 * blank lines are ignored. Not thread-safe.
 */
final class JsonLines {
    /** The longest event line accepted; longer ones are skipped as malformed. */
    static final int MAX_LINE_BYTES = 1024 * 1024;

    /** Receives one line. */
    interface LineHandler {
        void line(byte[] buffer, int offset, int length);
    }

    private final int maxLineBytes;
    private long overlong;
    private long lines;

    JsonLines(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** Lines longer than the limit, skipped. */
    long overlong() {
        return overlong;
    }

    /** Non-blank lines handed over. */
    long lines() {
        return lines;
    }

    void read(InputStream in, String name, LineHandler handler) {
        byte[] line = new byte[Math.min(8192, maxLineBytes)];
        int length = 0;
        boolean skipping = false;
        byte[] chunk = new byte[65536];
        try {
            for (int n; (n = in.read(chunk)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = chunk[i];
                    if (b == '\n') {
                        if (!skipping) {
                            emit(line, length, handler);
                        }
                        length = 0;
                        skipping = false;
                    } else if (!skipping) {
                        if (length == maxLineBytes) {
                            skipping = true;
                            overlong++;
                            continue;
                        }
                        if (length == line.length) {
                            line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
                        }
                        line[length++] = b;
                    }
                }
            }
        } catch (IOException e) {
            throw new CliException(CliException.BAD_INPUT, name + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (!skipping) {
            emit(line, length, handler);
        }
    }

    private void emit(byte[] line, int length, LineHandler handler) {
        int end = length;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        int start = 0;
        while (start < end && (line[start] == ' ' || line[start] == '\t')) {
            start++;
        }
        if (start == end) {
            return;
        }
        lines++;
        handler.line(line, start, end - start);
    }
}
