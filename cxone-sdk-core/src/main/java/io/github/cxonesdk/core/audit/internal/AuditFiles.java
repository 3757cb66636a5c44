package io.github.cxonesdk.core.audit.internal;

import io.github.cxonesdk.core.audit.AuditRecord;
import io.github.cxonesdk.core.exception.AuditStorageException;
import io.github.cxonesdk.core.internal.Redaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * The daily files of a {@code JsonlAuditLog} directory: listing, reading lines without trusting them
 * (invalid UTF-8 and over-long lines become a problem at that line, not an exception), and repairing a
 * missing final line break so the next record is not glued onto the last one.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class AuditFiles {
    /** A line longer than this is not a record this SDK wrote; it is reported, not parsed. */
    public static final int MAX_LINE_BYTES = 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("audit-\\d{4}-\\d{2}-\\d{2}\\.jsonl");

    private AuditFiles() {
    }

    /**
     * One line of a daily file.
     *
     * <p>Instances are immutable and thread-safe.
     *
     * @param file the file name
     * @param number the line number, from 1
     * @param text the decoded line, or {@code null} when {@code problem} says why it could not be read
     * @param problem why the line could not be read, or {@code null}
     */
    public record Line(String file, int number, String text, String problem) {
    }

    /**
     * Lists the daily files, oldest first.
     *
     * @param directory the directory
     * @return the files
     * @throws AuditStorageException if the directory cannot be listed
     */
    public static List<Path> list(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new AuditStorageException("cannot list audit directory " + directory, e);
        }
    }

    /**
     * Reads every line of every daily file, oldest first.
     *
     * @param directory the directory
     * @return the lines
     * @throws AuditStorageException if a file cannot be read
     */
    public static List<Line> lines(Path directory) {
        List<Line> all = new ArrayList<>();
        for (Path file : list(directory)) {
            all.addAll(lines(file, file.getFileName().toString()));
        }
        return all;
    }

    private static List<Line> lines(Path file, String name) {
        List<Line> lines = new ArrayList<>();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    lines.add(decode(name, lines.size() + 1, line, tooLong, utf8));
                    line.reset();
                    tooLong = false;
                } else if (line.size() < MAX_LINE_BYTES) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
            }
            if (line.size() > 0 || tooLong) {
                lines.add(decode(name, lines.size() + 1, line, tooLong, utf8));
            }
        } catch (IOException e) {
            throw new AuditStorageException("cannot read audit file " + file, e);
        }
        return lines;
    }

    private static Line decode(String file, int number, ByteArrayOutputStream bytes, boolean tooLong,
                               CharsetDecoder utf8) {
        if (tooLong) {
            return new Line(file, number, null, "is longer than " + MAX_LINE_BYTES + " bytes");
        }
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(bytes.toByteArray()));
            String text = chars.toString();
            return new Line(file, number, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, null);
        } catch (CharacterCodingException e) {
            return new Line(file, number, null, "is not valid UTF-8");
        }
    }

    /**
     * Appends a line break to every daily file whose last byte is not one (a crash or an editor left
     * the last line open), so the next record starts on a line of its own.
     *
     * @param directory the directory
     * @param fsync whether to force the repair to disk
     * @return the names of the files repaired
     * @throws AuditStorageException if a file cannot be read or repaired
     */
    public static List<String> repairFinalLineBreaks(Path directory, boolean fsync) {
        List<String> repaired = new ArrayList<>();
        for (Path file : list(directory)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                long size = channel.size();
                if (size == 0) {
                    continue;
                }
                ByteBuffer last = ByteBuffer.allocate(1);
                channel.read(last, size - 1);
                if (last.get(0) != '\n') {
                    channel.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
                    if (fsync) {
                        channel.force(false);
                    }
                    repaired.add(file.getFileName().toString());
                }
            } catch (IOException e) {
                throw new AuditStorageException("cannot repair the last line of audit file " + file, e);
            }
        }
        return repaired;
    }

    /**
     * Returns the newest record of {@code directory}, refusing to continue a chain whose last line is not
     * a record, belongs to the other chain kind, or does not verify (under {@code key}).
     *
     * @param directory the directory
     * @param key the chain key, or {@code null} for the plain chain
     * @return the record, or {@code null} for an empty log
     * @throws AuditStorageException if the chain must not be extended or a file cannot be read
     */
    public static AuditRecord lastRecord(Path directory, byte[] key) {
        List<Line> lines = lines(directory);
        if (lines.isEmpty()) {
            return null;
        }
        Line last = lines.get(lines.size() - 1);
        String chain = key == null ? AuditCodec.PLAIN_CHAIN : AuditCodec.HMAC_CHAIN;
        try {
            if (last.problem() != null) {
                throw new IllegalArgumentException(last.problem());
            }
            ObjectNode tree = AuditCodec.tree(last.text());
            AuditRecord record = AuditCodec.record(tree);
            if (!AuditCodec.chainOf(tree).equals(chain)) {
                throw new AuditStorageException("audit directory " + directory + " holds a "
                        + Redaction.value(AuditCodec.chainOf(tree), List.of()) + " chain but this log writes " + chain
                        + (key != null ? ": a keyed log needs a new directory" : ": open it with its key"));
            }
            if (!AuditCodec.hash(tree, key).equals(record.hash())) {
                throw new AuditStorageException("the last record of " + last.file() + " does not verify"
                        + (key != null ? " under this key (edited, or written with another key)" : " (edited)")
                        + "; refusing to extend a broken chain");
            }
            return record;
        } catch (IllegalArgumentException e) {
            throw new AuditStorageException("the last line of " + last.file()
                    + " is not an audit record; refusing to extend a broken chain", e);
        }
    }
}
