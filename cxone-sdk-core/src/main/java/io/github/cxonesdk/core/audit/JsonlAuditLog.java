package io.github.cxonesdk.core.audit;

import io.github.cxonesdk.core.audit.internal.AuditCodec;
import io.github.cxonesdk.core.exception.CxoneClientException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * An {@link AuditLog} writing one JSON record per line into one file per UTC day
 * ({@code audit-2026-11-22.jsonl}). Each record carries the SHA-256 of the previous one, and the chain
 * continues across days and across reopening the directory, so {@link #verify()} finds the first
 * edited, removed or reordered record. (Cutting records off the end leaves a valid shorter chain:
 * keep {@link #lastHash()} somewhere else if that matters.)
 *
 * <pre>{@code
 * try (JsonlAuditLog audit = JsonlAuditLog.builder().directory(Path.of("audit")).fsync(true).build()) {
 *     audit.append(event);
 *     AuditVerification check = audit.verify();
 *     if (!check.valid()) throw new IllegalStateException(check.problem());
 * }
 * }</pre>
 *
 * <p>This class is thread-safe; appends are serialised. Only one instance may write a directory at a time.
 */
public final class JsonlAuditLog implements AuditLog {
    private static final Pattern FILE_NAME = Pattern.compile("audit-\\d{4}-\\d{2}-\\d{2}\\.jsonl");

    private final Path directory;
    private final boolean fsync;
    private final Clock clock;
    private long sequence;
    private String lastHash;
    private LocalDate openDay;
    private FileChannel channel;
    private boolean closed;

    private JsonlAuditLog(Builder b) {
        this.directory = Objects.requireNonNull(b.directory, "directory == null");
        this.fsync = b.fsync;
        this.clock = Objects.requireNonNull(b.clock, "clock == null");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CxoneClientException("cannot create audit directory " + directory, e);
        }
        resumeChain();
    }

    /**
     * Returns a new builder (no fsync, UTC system clock).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public synchronized AuditRecord append(AuditEvent event) {
        Objects.requireNonNull(event, "event == null");
        if (closed) {
            throw new IllegalStateException("audit log is closed");
        }
        AuditEvent stamped = event.timestamp() != null ? event : event.toBuilder().timestamp(clock.instant()).build();
        AuditRecord record = AuditCodec.chain(sequence + 1, stamped, lastHash);
        byte[] line = (AuditCodec.line(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            FileChannel out = channelFor(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            if (fsync) {
                out.force(false);
            }
        } catch (IOException e) {
            throw new CxoneClientException("cannot append audit record " + record.sequence() + " to " + directory, e);
        }
        sequence = record.sequence();
        lastHash = record.hash();
        return record;
    }

    /**
     * Returns the hash of the newest record, to anchor the chain elsewhere.
     *
     * @return the hash, or 64 zeros for an empty log
     */
    public synchronized String lastHash() {
        return lastHash;
    }

    /**
     * Reads every record, oldest first.
     *
     * @return the records
     * @throws CxoneClientException if a file cannot be read or a line is not a record
     */
    public synchronized List<AuditRecord> read() {
        List<AuditRecord> records = new ArrayList<>();
        for (Path file : files()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                try {
                    records.add(AuditCodec.record(AuditCodec.tree(lines.get(i))));
                } catch (IllegalArgumentException e) {
                    throw new CxoneClientException(file.getFileName() + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        return records;
    }

    /**
     * Checks every record's hash, the chain of previous hashes and the sequence numbers, oldest first,
     * and that the files end with the record this log last appended (or found when it was opened), so
     * records cut off the end are caught too. A log opened after its tail was cut cannot tell.
     *
     * @return the verification naming the first edited, removed or reordered record
     * @throws CxoneClientException if a file cannot be read
     */
    public synchronized AuditVerification verify() {
        List<Line> all = new ArrayList<>();
        for (Path file : files()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                all.add(new Line(file.getFileName().toString(), i + 1, lines.get(i)));
            }
        }
        long expectedSequence = 1;
        String expectedPrev = AuditRecord.GENESIS_HASH;
        for (int i = 0; i < all.size(); i++) {
            Line line = all.get(i);
            AuditRecord record;
            ObjectNode tree;
            try {
                tree = AuditCodec.tree(line.text);
                record = AuditCodec.record(tree);
            } catch (IllegalArgumentException e) {
                return problem(i, line, "is not an audit record (" + e.getMessage() + ")");
            }
            if (!AuditCodec.hash(tree).equals(record.hash())) {
                return problem(i, line, "record " + record.sequence() + " was edited: its hash does not match");
            }
            if (record.sequence() != expectedSequence || !record.prevHash().equals(expectedPrev)) {
                return problem(i, line, misplaced(all, i, record.sequence(), expectedSequence));
            }
            expectedSequence++;
            expectedPrev = record.hash();
        }
        return tailProblem(all, expectedSequence - 1, expectedPrev);
    }

    /**
     * A chain cannot show that its last records were cut off or its last record re-hashed, but this
     * log knows the sequence and hash it last wrote (or found when opened): the files must end there.
     */
    private AuditVerification tailProblem(List<Line> all, long lastSequence, String lastFound) {
        if (lastSequence < sequence) {
            String where = all.isEmpty() ? "the audit directory" : all.get(all.size() - 1).file + " after line "
                    + all.get(all.size() - 1).number;
            return new AuditVerification(false, all.size(), where + ": record"
                    + (sequence - lastSequence == 1 ? " " + sequence + " was"
                            : "s " + (lastSequence + 1) + "-" + sequence + " were")
                    + " removed from the end (this log wrote up to record " + sequence + ")");
        }
        if (lastSequence == sequence && !lastFound.equals(lastHash)) {
            Line line = all.get(all.size() - 1);
            return problem(all.size() - 1, line, "record " + sequence
                    + " was replaced: its hash differs from the one this log wrote");
        }
        return new AuditVerification(true, all.size(), null);
    }

    private static String misplaced(List<Line> all, int index, long found, long expected) {
        if (found < expected || laterLineHasSequence(all, index + 1, expected)) {
            return "record " + found + " is out of order (expected record " + expected + "): records were reordered";
        }
        if (found > expected) {
            return "record " + found + " follows record " + (expected - 1) + ": record"
                    + (found - expected == 1 ? " " + expected + " was" : "s " + expected + "-" + (found - 1) + " were")
                    + " removed";
        }
        return "record " + found + " does not chain to the previous record: a record before it was replaced";
    }

    private static boolean laterLineHasSequence(List<Line> all, int from, long sequence) {
        for (int i = from; i < all.size(); i++) {
            try {
                if (AuditCodec.record(AuditCodec.tree(all.get(i).text)).sequence() == sequence) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // an unreadable line cannot hold the missing record; keep looking
            }
        }
        return false;
    }

    private static AuditVerification problem(int checked, Line line, String what) {
        return new AuditVerification(false, checked, line.file + " line " + line.number + ": " + what);
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeChannel();
    }

    private void resumeChain() {
        sequence = 0;
        lastHash = AuditRecord.GENESIS_HASH;
        List<Path> files = files();
        for (int i = files.size() - 1; i >= 0; i--) {
            List<String> lines = lines(files.get(i));
            if (!lines.isEmpty()) {
                String last = lines.get(lines.size() - 1);
                try {
                    AuditRecord record = AuditCodec.record(AuditCodec.tree(last));
                    sequence = record.sequence();
                    lastHash = record.hash();
                } catch (IllegalArgumentException e) {
                    throw new CxoneClientException("the last line of " + files.get(i).getFileName()
                            + " is not an audit record; refusing to extend a broken chain", e);
                }
                return;
            }
        }
    }

    private FileChannel channelFor(LocalDate day) throws IOException {
        if (channel == null || !day.equals(openDay)) {
            closeChannel();
            channel = FileChannel.open(directory.resolve("audit-" + day + ".jsonl"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            openDay = day;
        }
        return channel;
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new CxoneClientException("cannot close audit file in " + directory, e);
            } finally {
                channel = null;
                openDay = null;
            }
        }
    }

    private List<Path> files() {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new CxoneClientException("cannot list audit directory " + directory, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CxoneClientException("cannot read audit file " + file, e);
        }
    }

    private record Line(String file, int number, String text) {
    }

    /**
     * Builds a {@link JsonlAuditLog}. Not thread-safe.
     */
    public static final class Builder {
        private Path directory;
        private boolean fsync;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the directory of the daily files (required; created if missing).
         *
         * @param v the directory
         * @return this builder
         */
        public Builder directory(Path v) {
            directory = v;
            return this;
        }

        /**
         * Sets whether every append is forced to disk before it returns (slower, survives power loss).
         *
         * @param v whether to fsync
         * @return this builder
         */
        public Builder fsync(boolean v) {
            fsync = v;
            return this;
        }

        /**
         * Sets the clock stamping events and choosing the day file.
         *
         * @param v the clock
         * @return this builder
         */
        public Builder clock(Clock v) {
            clock = v;
            return this;
        }

        /**
         * Opens the log, continuing the chain of the newest existing record.
         *
         * @return the log
         * @throws CxoneClientException if the directory cannot be used or its last record is unreadable
         */
        public JsonlAuditLog build() {
            return new JsonlAuditLog(this);
        }
    }
}
