package io.github.cxonesdk.streaming.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckpointStoreTest {
    @Test
    void savesAndLoadsAtomically(@TempDir Path dir) {
        FileCheckpointStore store = FileCheckpointStore.builder(dir.resolve("sub/x.ckpt")).build();
        assertThat(store.load()).isEmpty();
        store.save(new Checkpoint("42", new byte[] {1, 2, 3}));
        store.save(new Checkpoint("43", new byte[] {4}));
        assertThat(store.load()).contains(new Checkpoint("43", new byte[] {4}));
        store.save(new Checkpoint(null, new byte[0]));
        assertThat(store.load()).contains(new Checkpoint(null, new byte[0]));
        assertThat(dir.resolve("sub").toFile().list()).containsExactly("x.ckpt");
    }

    @Test
    void positionIfAny_isEmptyOnlyBeforeAnythingWasRead() {
        assertThat(new Checkpoint(null, new byte[0]).positionIfAny()).isEmpty();
        assertThat(new Checkpoint("42", new byte[0]).positionIfAny()).contains("42");
    }

    @Test
    void corruptFileIsAClearErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.ckpt");
        FileCheckpointStore store = FileCheckpointStore.builder(file).build();
        store.save(new Checkpoint("42", new byte[] {1, 2, 3}));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 10] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(store::load).isInstanceOf(CheckpointException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("checksum");
        Files.write(file, new byte[] {'C', 'X'});
        assertThatThrownBy(store::load).isInstanceOf(CheckpointException.class).hasMessageContaining("truncated");
        Files.write(file, "garbage garbage garbage garbage".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(store::load).isInstanceOf(CheckpointException.class).hasMessageContaining("magic");
    }

    @Test
    void unknownVersionIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.ckpt");
        FileCheckpointStore store = FileCheckpointStore.builder(file).build();
        store.save(new Checkpoint("1", new byte[] {1}));
        byte[] bytes = Files.readAllBytes(file);
        bytes[7] = 9; // version 9, then fix the checksum so only the version is wrong
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).putLong(crc.getValue());
        Files.write(file, bytes);
        assertThatThrownBy(store::load).isInstanceOf(CheckpointException.class).hasMessageContaining("version 9");
    }

    @Test
    void startFreshMovesTheCorruptFileAside(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.ckpt");
        Files.write(file, "garbage garbage garbage garbage".getBytes(StandardCharsets.UTF_8));
        FileCheckpointStore store = FileCheckpointStore.builder(file).startFreshIfCorrupt(true).build();
        assertThat(store.load()).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(dir.toFile().list()).singleElement().asString().startsWith("x.ckpt.corrupt-");
    }
}
