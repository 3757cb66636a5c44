package io.github.cxonesdk.streaming.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the checkpoint in one file, replaced atomically: the new content is written to a temporary
 * file in the same directory, forced to disk, renamed over the old file, and the directory is forced
 * too, so after a crash at any point the file holds the old or the new checkpoint, complete. The format
 * is versioned and ends with a CRC-32C of everything before it.
 *
 * <p>A file that exists but cannot be read, has an unknown version or a wrong checksum is a
 * {@link CheckpointException} naming the file, never a silent fresh start. Only
 * {@link Builder#startFreshIfCorrupt(boolean)} makes {@link #load()} move such a file aside (to
 * {@code <name>.corrupt-<time>}) and start empty, with a warning.
 *
 * <pre>{@code
 * CheckpointStore store = FileCheckpointStore.builder(Path.of("state/metrics.ckpt")).build();
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class FileCheckpointStore implements CheckpointStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileCheckpointStore.class);
    private static final byte[] MAGIC = "CXCK".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final long MAX_FILE = 1L << 30;

    private final Path file;
    private final boolean startFresh;

    private FileCheckpointStore(Builder b) {
        this.file = b.file;
        this.startFresh = b.startFresh;
    }

    /**
     * Starts building a store.
     *
     * @param file the checkpoint file; its directory is created on the first save
     * @return a builder
     */
    public static Builder builder(Path file) {
        return new Builder(file);
    }

    /**
     * Returns the checkpoint file.
     *
     * @return the path
     */
    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<Checkpoint> load() {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE) {
                return corrupt("is larger than " + MAX_FILE + " bytes", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new CheckpointException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
        try {
            return Optional.of(decode(bytes));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            return corrupt(e.getMessage() == null ? "is truncated" : e.getMessage(), e);
        }
    }

    private Optional<Checkpoint> corrupt(String problem, Exception cause) {
        String message = "checkpoint " + file + " is corrupt (" + problem + "); restore it from a backup, or use "
                + "FileCheckpointStore.builder(file).startFreshIfCorrupt(true) to start over";
        if (!startFresh) {
            throw new CheckpointException(message, cause);
        }
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + Instant.now().toEpochMilli());
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            throw new CheckpointException(message + "; moving it aside to " + aside + " failed", e);
        }
        LOG.warn("checkpoint {} is corrupt ({}); moved to {} and starting fresh as configured", file, problem, aside);
        return Optional.empty();
    }

    private static Checkpoint decode(byte[] bytes) {
        if (bytes.length < MAGIC.length + 4 + 1 + 4 + 8) {
            throw new IllegalArgumentException("is truncated (" + bytes.length + " bytes)");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IllegalArgumentException("is not a checkpoint file (bad magic)");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (crc.getValue() != stored) {
            throw new IllegalArgumentException("checksum mismatch");
        }
        int version = in.getInt();
        if (version != VERSION) {
            throw new IllegalArgumentException("has unsupported format version " + version);
        }
        String position = null;
        if (in.get() != 0) {
            int length = in.getInt();
            if (length < 0 || length > in.remaining() - 8) {
                throw new IllegalArgumentException("position length out of range");
            }
            byte[] p = new byte[length];
            in.get(p);
            position = new String(p, StandardCharsets.UTF_8);
        }
        int length = in.getInt();
        if (length < 0 || length != in.remaining() - 8) {
            throw new IllegalArgumentException("state length does not match the file size");
        }
        byte[] state = new byte[length];
        in.get(state);
        return new Checkpoint(position, state);
    }

    private static byte[] encode(Checkpoint checkpoint) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            if (checkpoint.position() == null) {
                out.writeByte(0);
            } else {
                byte[] p = checkpoint.position().getBytes(StandardCharsets.UTF_8);
                out.writeByte(1);
                out.writeInt(p.length);
                out.write(p);
            }
            byte[] state = checkpoint.state();
            out.writeInt(state.length);
            out.write(state);
            out.flush();
            CRC32C crc = new CRC32C();
            byte[] body = bytes.toByteArray();
            crc.update(body, 0, body.length);
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public synchronized void save(Checkpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint == null");
        byte[] bytes = encode(checkpoint);
        Path dir = file.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + file.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new CheckpointException("the file system of " + file + " cannot rename atomically", e);
            }
            forceDirectory(dir);
        } catch (IOException e) {
            throw new CheckpointException("cannot save checkpoint " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.debug("cannot delete {}", temp, e);
            }
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("cannot force directory {} (not supported on this platform)", dir, e);
        }
    }

    @Override
    public String toString() {
        return "FileCheckpointStore[" + file + "]";
    }

    /**
     * Builds a {@link FileCheckpointStore}. Not thread-safe.
     */
    public static final class Builder {
        private final Path file;
        private boolean startFresh;

        private Builder(Path file) {
            this.file = Objects.requireNonNull(file, "file == null");
        }

        /**
         * Makes {@link FileCheckpointStore#load()} move a corrupt file aside and start empty instead
         * of failing (default false). Events aggregated before are then counted again from wherever the
         * source starts.
         *
         * @param enabled whether to start fresh on a corrupt file
         * @return this builder
         */
        public Builder startFreshIfCorrupt(boolean enabled) {
            this.startFresh = enabled;
            return this;
        }

        /**
         * Builds the store.
         *
         * @return the store
         */
        public FileCheckpointStore build() {
            return new FileCheckpointStore(this);
        }
    }
}
