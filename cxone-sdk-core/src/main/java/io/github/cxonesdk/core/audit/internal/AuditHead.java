package io.github.cxonesdk.core.audit.internal;

import io.github.cxonesdk.core.exception.AuditStorageException;
import io.github.cxonesdk.core.json.CxoneJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The persisted head of an audit chain ({@code audit.head}): the sequence and hash of the last record a
 * {@code JsonlAuditLog} wrote, and which chain it is. It is replaced atomically after every append
 * (written to a temporary file, forced to disk when fsync is on, then renamed over the old head), so a
 * later process can tell that records were cut off the end: the files must end at the head.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param sequence the last record's sequence (0 for an empty log)
 * @param hash the last record's hash (64 zeros for an empty log)
 * @param chain {@link AuditCodec#PLAIN_CHAIN} or {@link AuditCodec#HMAC_CHAIN}
 */
public record AuditHead(long sequence, String hash, String chain) {
    /** The head's file name inside the audit directory. */
    public static final String FILE = "audit.head";
    private static final String TEMP = "audit.head.tmp";
    /** A real head is under 200 bytes; reading more than this would only serve an attacker. */
    private static final int MAX_BYTES = 4096;

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if the sequence is negative
     * @throws NullPointerException if the hash or chain is {@code null}
     */
    public AuditHead {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence < 0: " + sequence);
        }
        Objects.requireNonNull(hash, "hash == null");
        Objects.requireNonNull(chain, "chain == null");
    }

    /**
     * Reads the head of {@code directory}.
     *
     * @param directory the audit directory
     * @return the head, or {@code null} when the directory has none (a log written before heads existed)
     * @throws AuditStorageException if the head cannot be read
     * @throws IllegalArgumentException if the head file is not a head
     */
    public static AuditHead read(Path directory) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(directory.resolve(FILE))) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new AuditStorageException("cannot read " + directory.resolve(FILE), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(FILE + " is longer than " + MAX_BYTES + " bytes");
        }
        try {
            JsonNode tree = CxoneJson.mapper().readTree(bytes);
            JsonNode sequence = tree == null ? null : tree.get("sequence");
            JsonNode hash = tree == null ? null : tree.get("hash");
            if (sequence == null || !sequence.canConvertToLong() || hash == null || !hash.isString()) {
                throw new IllegalArgumentException(FILE + " has no sequence and hash");
            }
            return new AuditHead(sequence.longValue(), hash.stringValue(), AuditCodec.chainOf(tree));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(FILE + " is not a valid head: "
                    + io.github.cxonesdk.core.internal.Redaction.text(e.getMessage()), e);
        }
    }

    /**
     * Replaces the head of {@code directory} atomically.
     *
     * @param directory the audit directory
     * @param fsync whether to force the head and the rename to disk
     * @throws AuditStorageException if the head cannot be written
     */
    public void write(Path directory, boolean fsync) {
        ObjectNode tree = CxoneJson.mapper().createObjectNode().put("sequence", sequence).put("hash", hash);
        if (!AuditCodec.PLAIN_CHAIN.equals(chain)) {
            tree.put(AuditCodec.CHAIN_FIELD, chain);
        }
        byte[] bytes = (tree + "\n").getBytes(StandardCharsets.UTF_8);
        Path temp = directory.resolve(TEMP);
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                if (fsync) {
                    out.force(true);
                }
            }
            move(temp, directory.resolve(FILE));
            if (fsync) {
                syncDirectory(directory);
            }
        } catch (IOException e) {
            throw new AuditStorageException("cannot write " + directory.resolve(FILE), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable; some platforms (Windows) cannot open a directory, and need not. */
    private static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // not supported here: the rename is as durable as the platform makes it
        }
    }
}
