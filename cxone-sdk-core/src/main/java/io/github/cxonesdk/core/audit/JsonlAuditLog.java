package io.github.cxonesdk.core.audit;

import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.audit.internal.AuditCodec;
import io.github.cxonesdk.core.audit.internal.AuditFiles;
import io.github.cxonesdk.core.audit.internal.AuditHead;
import io.github.cxonesdk.core.audit.internal.AuditVerifier;
import io.github.cxonesdk.core.audit.internal.DirectoryLock;
import io.github.cxonesdk.core.exception.AuditStorageException;
import io.github.cxonesdk.core.internal.Redaction;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link AuditLog} writing one JSON record per line into one file per UTC day
 * ({@code audit-2026-11-22.jsonl}). Each record carries the hash of the previous one, and the chain
 * continues across days and across reopening the directory, so {@link #verify()} finds the first
 * edited, removed, reordered or unreadable record.
 *
 * <ul>
 *   <li><b>Keyed chain</b> ({@link Builder#hmacKey(Secret)}): records are hashed with HMAC-SHA256 under
 *       the caller's key, so whoever can write the files but lacks the key cannot add, replace or
 *       re-chain a record without {@code verify()} noticing. Without a key the chain is plain SHA-256,
 *       which shows accidents and naive edits but can be recomputed by anyone.</li>
 *   <li><b>Persisted head</b> ({@code audit.head}): the sequence and hash of the last record, replaced
 *       atomically after each append. {@code verify()} requires the files to end exactly there, so
 *       records cut off the end or appended by another writer are caught, also by a later process.
 *       Someone able to rewrite both the files and the head can still roll the log back to an earlier
 *       record: keep {@link #lastHash()} somewhere else if that matters.</li>
 *   <li><b>One writer per directory</b>: the log holds a {@link java.nio.channels.FileLock} on
 *       {@code audit.lock} while open; a second open fails with {@link AuditStorageException}.</li>
 *   <li><b>Repair on open</b>: a daily file whose last line lacks its line break (a crash mid-write, an
 *       editor) gets one, so the next record starts on its own line. If the files end one record past
 *       the head and that record chains to it (a crash between writing the record and the head), the
 *       head is rolled forward. Any other disagreement between files and head is not repaired:
 *       {@code verify()} reports it and {@code append} refuses to extend the log.</li>
 * </ul>
 *
 * <p>Compatibility: directories written before keyed chains and heads existed (lines without a
 * {@code chain} field, no {@code audit.head}) open and verify without a key as before; the head is
 * created on first open. A keyed log cannot continue a plain chain (or the reverse): start a new directory.
 * Local I/O failures are {@link AuditStorageException}s.
 *
 * <pre>{@code
 * try (JsonlAuditLog audit = JsonlAuditLog.builder().directory(Path.of("audit")).fsync(true)
 *         .hmacKey(Secret.of(System.getenv("AUDIT_KEY"))).build()) {
 *     audit.append(event);
 *     AuditVerification check = audit.verify();
 *     if (!check.valid()) throw new IllegalStateException(check.problem());
 * }
 * }</pre>
 *
 * <p>This class is thread-safe; appends are serialised. Only one instance may write a directory at a
 * time, which the directory lock enforces.
 */
public final class JsonlAuditLog implements AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(JsonlAuditLog.class);
    /** The shortest accepted HMAC key: shorter keys can be guessed. */
    static final int MIN_KEY_LENGTH = 16;

    private final Path directory;
    private final boolean fsync;
    private final Clock clock;
    private final byte[] key;
    private final DirectoryLock lock;
    /** The last record of the chain: what appends continue and what verify() requires the files to end at. */
    private AuditHead head;
    /** Why the files disagree with the persisted head, found on open; appends are refused while set. */
    private String openProblem;
    private LocalDate openDay;
    private FileChannel channel;
    private boolean closed;

    private JsonlAuditLog(Builder b) {
        this.directory = Objects.requireNonNull(b.directory, "directory == null");
        this.fsync = b.fsync;
        this.clock = Objects.requireNonNull(b.clock, "clock == null");
        this.key = b.key == null ? null : b.key.reveal().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new AuditStorageException("cannot create audit directory " + directory, e);
        }
        this.lock = DirectoryLock.acquire(directory);
        try {
            List<String> repaired = AuditFiles.repairFinalLineBreaks(directory, fsync);
            if (!repaired.isEmpty()) {
                LOG.warn("audit files {} in {} ended without a line break; added one", repaired, directory);
            }
            resume();
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Returns a new builder (no fsync, UTC system clock, plain SHA-256 chain).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Appends an event, then replaces the persisted head.
     *
     * @param event the event
     * @return the stored record
     * @throws AuditStorageException if the record or the head cannot be written, or the files disagreed
     *         with the head when the log was opened
     * @throws IllegalStateException if the log is closed
     */
    @Override
    public synchronized AuditRecord append(AuditEvent event) {
        Objects.requireNonNull(event, "event == null");
        if (closed) {
            throw new IllegalStateException("audit log is closed");
        }
        if (openProblem != null) {
            throw new AuditStorageException("refusing to extend the audit log in " + directory + ": " + openProblem);
        }
        AuditEvent stamped = event.timestamp() != null ? event : event.toBuilder().timestamp(clock.instant()).build();
        AuditRecord record = AuditCodec.chain(head.sequence() + 1, stamped, head.hash(), key);
        byte[] line = (AuditCodec.line(record, key != null) + "\n").getBytes(StandardCharsets.UTF_8);
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
            throw new AuditStorageException("cannot append audit record " + record.sequence() + " to " + directory, e);
        }
        head = new AuditHead(record.sequence(), record.hash(), chainName());
        head.write(directory, fsync);
        return record;
    }

    /**
     * Returns the hash of the newest record, to anchor the chain elsewhere.
     *
     * @return the hash, or 64 zeros for an empty log
     */
    public synchronized String lastHash() {
        return head.hash();
    }

    /**
     * Reads every record, oldest first.
     *
     * @return the records
     * @throws AuditStorageException if a file cannot be read or a line is not a record
     */
    public synchronized List<AuditRecord> read() {
        List<AuditRecord> records = new ArrayList<>();
        for (AuditFiles.Line line : AuditFiles.lines(directory)) {
            String where = line.file() + " line " + line.number() + ": ";
            if (line.problem() != null) {
                throw new AuditStorageException(where + line.problem());
            }
            try {
                records.add(AuditCodec.record(AuditCodec.tree(line.text())));
            } catch (IllegalArgumentException e) {
                throw new AuditStorageException(where + Redaction.text(e.getMessage()), e);
            }
        }
        return records;
    }

    /**
     * Checks every line: readable (valid UTF-8, not over-long), every record's hash (HMAC-SHA256 with
     * the key, else SHA-256), the chain of previous hashes and the sequence numbers, oldest first; then
     * that the files end exactly at the head (the record this log last wrote, or the persisted head it
     * found when opened), so records cut off the end, replaced at the end or appended by another writer
     * are caught; and that {@code audit.head} itself was not changed behind the log's back.
     *
     * @return the verification naming the file and line of the first problem
     * @throws AuditStorageException if a file cannot be read
     */
    public synchronized AuditVerification verify() {
        List<AuditFiles.Line> lines = AuditFiles.lines(directory);
        AuditVerification chain = AuditVerifier.verify(lines, key, head);
        if (!chain.valid()) {
            return chain;
        }
        if (openProblem != null) {
            return new AuditVerification(false, chain.recordsChecked(), openProblem);
        }
        String headProblem = persistedHeadProblem();
        return headProblem == null ? chain : new AuditVerification(false, chain.recordsChecked(), headProblem);
    }

    private String persistedHeadProblem() {
        try {
            AuditHead persisted = AuditHead.read(directory);
            if (persisted != null && persisted.equals(head)) {
                return null;
            }
            return AuditHead.FILE + " was changed outside this log: it names record "
                    + (persisted == null ? "none (deleted)" : String.valueOf(persisted.sequence()))
                    + ", this log last wrote record " + head.sequence();
        } catch (IllegalArgumentException e) {
            return AuditHead.FILE + " was changed outside this log: " + Redaction.text(e.getMessage());
        }
    }

    /**
     * Closes the current file and releases the directory lock.
     *
     * @throws AuditStorageException if the file or lock cannot be closed
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeChannel();
        } finally {
            lock.close();
        }
    }

    private void resume() {
        AuditRecord last = AuditFiles.lastRecord(directory, key);
        AuditHead tail = last == null ? new AuditHead(0, AuditRecord.GENESIS_HASH, chainName())
                : new AuditHead(last.sequence(), last.hash(), chainName());
        AuditHead persisted;
        try {
            persisted = AuditHead.read(directory);
        } catch (IllegalArgumentException e) {
            head = tail;
            openProblem = "the persisted head cannot be read: " + Redaction.text(e.getMessage());
            return;
        }
        head = tail;
        if (persisted == null) {
            tail.write(directory, fsync); // a log from before heads existed: start guarding its tail now
        } else if (!persisted.chain().equals(chainName())) {
            openProblem = AuditHead.FILE + " names a " + persisted.chain() + " chain, this log writes " + chainName();
        } else if (last != null && last.sequence() == persisted.sequence() + 1
                && last.prevHash().equals(persisted.hash())) {
            LOG.warn("audit log {}: record {} was written but the head was not updated (a crash?); rolling the "
                    + "head forward", directory, last.sequence());
            tail.write(directory, fsync);
        } else if (!persisted.equals(tail)) {
            head = persisted;
            openProblem = "the files end at record " + tail.sequence() + " but " + AuditHead.FILE + " names record "
                    + persisted.sequence() + (tail.sequence() == persisted.sequence() ? " with another hash" : "");
            LOG.warn("audit log {}: {}; appends are refused until this is resolved", directory, openProblem);
        }
    }

    private String chainName() {
        return key == null ? AuditCodec.PLAIN_CHAIN : AuditCodec.HMAC_CHAIN;
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
                throw new AuditStorageException("cannot close audit file in " + directory, e);
            } finally {
                channel = null;
                openDay = null;
            }
        }
    }

    /**
     * Builds a {@link JsonlAuditLog}. Not thread-safe.
     */
    public static final class Builder {
        private Path directory;
        private boolean fsync;
        private Clock clock = Clock.systemUTC();
        private Secret key;

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
         * Sets whether every append (record and head) is forced to disk before it returns (slower,
         * survives power loss).
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
         * Chains records with HMAC-SHA256 under {@code key} (its UTF-8 bytes) instead of plain SHA-256,
         * so nobody without the key can forge, replace or append a record that verifies. Keep the key
         * out of the audit directory; use at least 32 random characters (for example 32 random bytes
         * in Base64). Verifying needs the same key.
         *
         * @param v the key, or {@code null} for the plain chain (the default)
         * @return this builder
         * @throws IllegalArgumentException if the key is shorter than 16 characters
         */
        public Builder hmacKey(Secret v) {
            if (v != null && v.reveal().length() < MIN_KEY_LENGTH) {
                throw new IllegalArgumentException("hmacKey must be at least " + MIN_KEY_LENGTH + " characters");
            }
            key = v;
            return this;
        }

        /**
         * Opens the log: takes the directory lock, repairs missing final line breaks, and continues the
         * chain of the newest existing record.
         *
         * @return the log
         * @throws AuditStorageException if the directory cannot be used, another writer holds it, or its
         *         last record is unreadable or of the other chain kind
         */
        public JsonlAuditLog build() {
            return new JsonlAuditLog(this);
        }
    }
}
