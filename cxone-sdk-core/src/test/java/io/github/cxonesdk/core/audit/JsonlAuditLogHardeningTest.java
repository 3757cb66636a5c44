package io.github.cxonesdk.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.audit.internal.AuditCodec;
import io.github.cxonesdk.core.exception.AuditStorageException;
import io.github.cxonesdk.core.exception.CxoneException;
import io.github.cxonesdk.core.testsupport.FakeClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log against other writers, forgers, crashes and corrupt files. */
class JsonlAuditLogHardeningTest {
    private static final Secret KEY = Secret.of("k3y-0123456789abcdef-0123456789ab");

    @TempDir
    Path dir;

    private FakeClock clock;

    @BeforeEach
    void setUp() {
        clock = new FakeClock(Instant.parse("2026-11-22T10:00:00Z"));
    }

    private JsonlAuditLog.Builder builder() {
        return JsonlAuditLog.builder().directory(dir).fsync(true).clock(clock);
    }

    private static AuditEvent event(int i) {
        return AuditEvent.builder().actor("ci").action("UpdateDashboard").resourceType("dashboard")
                .resourceId("d" + i).outcome(AuditOutcome.SUCCESS).build();
    }

    private Path today() {
        return dir.resolve("audit-2026-11-22.jsonl");
    }

    private void write(JsonlAuditLog.Builder b, int count) {
        try (JsonlAuditLog log = b.build()) {
            for (int i = 1; i <= count; i++) {
                log.append(event(i));
            }
        }
    }

    /** What a forger who can write the files does: a correctly chained record, plain SHA-256 or another key. */
    private void appendForgedRecord(byte[] forgerKey) throws IOException {
        List<String> lines = Files.readAllLines(today());
        AuditRecord last = AuditCodec.record(AuditCodec.tree(lines.get(lines.size() - 1)));
        AuditRecord forged = AuditCodec.chain(last.sequence() + 1, event(99).toBuilder().timestamp(clock.instant())
                .build(), last.hash(), forgerKey);
        Files.writeString(today(), AuditCodec.line(forged, forgerKey != null) + "\n", StandardOpenOption.APPEND);
    }

    @Test
    void aChainedRecordAppendedBySomeoneElse_failsVerifyOnTheWritingInstance() throws IOException {
        try (JsonlAuditLog log = builder().build()) {
            log.append(event(1));
            log.append(event(2));
            appendForgedRecord(null);
            AuditVerification v = log.verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.problem()).isEqualTo("audit-2026-11-22.jsonl line 3: record 3 was not written by this log: "
                    + "the log's head is record 2 (another writer appended, or the head was rolled back)");
        }
    }

    @Test
    void aFileWithoutItsFinalLineBreak_isRepairedOnOpen_soTheNextRecordIsNotGluedOn() throws IOException {
        write(builder(), 3);
        String content = Files.readString(today());
        Files.writeString(today(), content.substring(0, content.length() - 1)); // an editor dropped the last \n
        try (JsonlAuditLog log = builder().build()) {
            log.append(event(4));
            assertThat(log.verify()).isEqualTo(new AuditVerification(true, 4, null));
        }
        assertThat(Files.readAllLines(today())).hasSize(4);
    }

    @Test
    void invalidUtf8_isAProblemAtThatLine_notAnException() throws IOException {
        write(builder(), 3);
        byte[] bytes = Files.readAllBytes(today());
        int secondLine = new String(bytes, StandardCharsets.UTF_8).indexOf('\n') + 1;
        bytes[secondLine + 2] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
        bytes[secondLine + 3] = (byte) 0x28;
        Files.write(today(), bytes);
        try (JsonlAuditLog log = builder().build()) {
            AuditVerification v = log.verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.recordsChecked()).isEqualTo(1);
            assertThat(v.problem()).isEqualTo("audit-2026-11-22.jsonl line 2: is not valid UTF-8");
            assertThatThrownBy(log::read).isInstanceOf(AuditStorageException.class).hasMessageContaining("line 2");
        }
    }

    @Test
    void aSecondWriterOnTheSameDirectory_failsClearly_untilTheFirstCloses() {
        JsonlAuditLog first = builder().build();
        assertThatThrownBy(() -> builder().build()).isInstanceOf(AuditStorageException.class)
                .hasMessageContaining("already open for writing by another JsonlAuditLog");
        first.append(event(1));
        first.close();
        try (JsonlAuditLog second = builder().build()) {
            assertThat(second.append(event(2)).sequence()).isEqualTo(2);
        }
    }

    @Test
    void aKeyedChain_verifiesWithItsKey_andAForgerWithoutTheKeyCannotExtendIt() throws IOException {
        write(builder().hmacKey(KEY), 3);
        assertThat(Files.readString(today())).contains("\"chain\":\"hmac-sha256\"");
        try (JsonlAuditLog log = builder().hmacKey(KEY).build()) {
            assertThat(log.verify()).isEqualTo(new AuditVerification(true, 3, null));
        }
        appendForgedRecord("a-forgers-own-key-0123456789".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> builder().hmacKey(KEY).build()).isInstanceOf(AuditStorageException.class)
                .hasMessageContaining("does not verify under this key");
    }

    @Test
    void aForgerRecomputingPlainHashesInAKeyedLog_isCaughtAtTheFirstForgedRecord() throws IOException {
        write(builder().hmacKey(KEY), 3);
        List<String> lines = new ArrayList<>(Files.readAllLines(today()));
        var tree = AuditCodec.tree(lines.get(1).replace("\"d2\"", "\"dX\""));
        tree.put("hash", AuditCodec.hash(tree)); // SHA-256: all the forger can compute
        lines.set(1, tree.toString());
        Files.write(today(), lines);
        try (JsonlAuditLog log = builder().hmacKey(KEY).build()) {
            assertThat(log.verify().problem()).isEqualTo("audit-2026-11-22.jsonl line 2: record 2 was edited: "
                    + "its hash does not match");
        }
    }

    @Test
    void keyedAndPlainChains_doNotMix() {
        write(builder().hmacKey(KEY), 1);
        assertThatThrownBy(() -> builder().build()).isInstanceOf(AuditStorageException.class)
                .hasMessageContaining("open it with its key");
        Path plain = dir.resolve("plain");
        write(JsonlAuditLog.builder().directory(plain).clock(clock), 1);
        assertThatThrownBy(() -> JsonlAuditLog.builder().directory(plain).hmacKey(KEY).build())
                .isInstanceOf(AuditStorageException.class).hasMessageContaining("a keyed log needs a new directory");
        assertThatThrownBy(() -> builder().hmacKey(Secret.of("short"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tailTruncation_isCaughtByALaterProcess_throughThePersistedHead() throws IOException {
        write(builder(), 5);
        List<String> lines = new ArrayList<>(Files.readAllLines(today()));
        lines.subList(3, 5).clear();
        Files.write(today(), lines);
        try (JsonlAuditLog reopened = builder().build()) {
            AuditVerification v = reopened.verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.problem()).isEqualTo("audit-2026-11-22.jsonl after line 3: records 4-5 were removed "
                    + "from the end (the log's head is record 5)");
            assertThatThrownBy(() -> reopened.append(event(6))).isInstanceOf(AuditStorageException.class)
                    .hasMessageContaining("refusing to extend");
        }
    }

    @Test
    void theHead_isWrittenAtomically_andTracksTheLastRecord() throws IOException {
        try (JsonlAuditLog log = builder().build()) {
            AuditRecord last = null;
            for (int i = 1; i <= 3; i++) {
                last = log.append(event(i));
            }
            String head = Files.readString(dir.resolve("audit.head"));
            assertThat(head).contains("\"sequence\":3", last.hash());
            assertThat(dir.resolve("audit.head.tmp")).doesNotExist();
            Files.writeString(dir.resolve("audit.head"), "{\"sequence\":2,\"hash\":\"" + last.prevHash() + "\"}");
            assertThat(log.verify().problem()).contains("audit.head was changed outside this log");
        }
    }

    @Test
    void aCrashBetweenRecordAndHead_isRolledForwardOnOpen() throws IOException {
        write(builder(), 2);
        String headAfterTwo = Files.readString(dir.resolve("audit.head"));
        write(builder(), 1); // record 3
        Files.writeString(dir.resolve("audit.head"), headAfterTwo); // as if the process died before the rename
        try (JsonlAuditLog log = builder().build()) {
            assertThat(log.verify()).isEqualTo(new AuditVerification(true, 3, null));
            assertThat(log.append(event(4)).sequence()).isEqualTo(4);
        }
    }

    @Test
    void aLogWrittenBeforeHeadsAndKeyedChains_stillOpensAndVerifies() throws IOException {
        StringBuilder old = new StringBuilder();
        String prev = AuditRecord.GENESIS_HASH;
        for (int i = 1; i <= 3; i++) {
            AuditRecord r = AuditCodec.chain(i, event(i).toBuilder().timestamp(clock.instant()).build(), prev);
            old.append(AuditCodec.line(r, false)).append('\n');
            prev = r.hash();
        }
        Files.writeString(today(), old);
        try (JsonlAuditLog log = builder().build()) {
            assertThat(log.verify()).isEqualTo(new AuditVerification(true, 3, null));
            assertThat(log.append(event(4)).sequence()).isEqualTo(4);
        }
        assertThat(dir.resolve("audit.head")).exists();
    }

    @Test
    void localIoFailures_areAuditStorageExceptions_notClientExceptions() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> JsonlAuditLog.builder().directory(notADirectory.resolve("audit")).build())
                .isInstanceOf(AuditStorageException.class).isInstanceOf(CxoneException.class)
                .hasMessageContaining("cannot create audit directory").hasCauseInstanceOf(IOException.class);
    }
}
