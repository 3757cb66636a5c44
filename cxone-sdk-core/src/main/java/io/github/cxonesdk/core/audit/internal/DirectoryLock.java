package io.github.cxonesdk.core.audit.internal;

import io.github.cxonesdk.core.exception.AuditStorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive {@link FileLock} on {@code audit.lock} in an audit directory, held while a writer is
 * open, so a second writer (in this process or another) fails at once instead of interleaving its
 * records with the first. The lock is advisory: it stops cooperating writers, not a hostile process
 * (the keyed chain is for that).
 *
 * <p>This class is thread-safe.
 */
public final class DirectoryLock implements AutoCloseable {
    /** The lock file's name inside the audit directory. */
    public static final String FILE = "audit.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code directory}.
     *
     * @param directory the audit directory
     * @return the held lock
     * @throws AuditStorageException if another writer holds it or the lock file cannot be used
     */
    public static DirectoryLock acquire(Path directory) {
        Path file = directory.resolve(FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new AuditStorageException(inUse(directory));
            }
            return new DirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new AuditStorageException(inUse(directory) + " (in this process)", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new AuditStorageException("cannot lock audit directory " + directory + " (" + FILE + ")", e);
        } catch (AuditStorageException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static String inUse(Path directory) {
        return "audit directory " + directory + " is already open for writing by another JsonlAuditLog; "
                + "only one writer may use a directory at a time (lock file " + FILE + ")";
    }

    /**
     * Releases the lock.
     *
     * @throws AuditStorageException if the lock file cannot be closed
     */
    @Override
    public synchronized void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new AuditStorageException("cannot release the audit directory lock " + FILE, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // already failing: the first error is the one to report
            }
        }
    }
}
