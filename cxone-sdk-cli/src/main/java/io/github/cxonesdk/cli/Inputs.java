package io.github.cxonesdk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the files named on the command line ({@code -} is standard input), failing with exit 2 and one
 * line naming the file when it is missing, a directory, unreadable, too large or not UTF-8.
 */
final class Inputs {
    /** The largest definition file (filter list, dashboard) read whole. */
    static final int MAX_TEXT_BYTES = 16 * 1024 * 1024;

    private Inputs() {
    }

    /** Opens a file or stdin for streaming; the caller closes it (closing stdin's wrapper leaves stdin open). */
    static InputStream open(CliContext context, String file) {
        if ("-".equals(file)) {
            return new java.io.FilterInputStream(context.stdin()) {
                @Override
                public void close() {
                    // standard input stays open
                }
            };
        }
        Path path = context.resolve(file);
        if (Files.isDirectory(path)) {
            throw CliException.badInput(file + ": is a directory");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new CliException(CliException.BAD_INPUT, file + ": no such file", e);
        } catch (IOException e) {
            throw new CliException(CliException.BAD_INPUT, file + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Reads a whole text file (at most {@link #MAX_TEXT_BYTES}) as strict UTF-8. */
    static String readText(CliContext context, String file) {
        try (InputStream in = open(context, file)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (bytes.size() + n > MAX_TEXT_BYTES) {
                    throw CliException.badInput(file + ": larger than " + (MAX_TEXT_BYTES >> 20) + " MiB");
                }
                bytes.write(buffer, 0, n);
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new CliException(CliException.BAD_INPUT, file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new CliException(CliException.BAD_INPUT, file + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
