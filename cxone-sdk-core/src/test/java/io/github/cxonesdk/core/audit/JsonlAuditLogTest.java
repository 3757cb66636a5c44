package io.github.cxonesdk.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.testsupport.FakeClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlAuditLogTest {
    @TempDir
    Path dir;

    private FakeClock clock;

    @BeforeEach
    void setUp() {
        clock = new FakeClock(Instant.parse("2026-11-22T23:59:58Z"));
    }

    private JsonlAuditLog open() {
        return JsonlAuditLog.builder().directory(dir).fsync(true).clock(clock).build();
    }

    private static AuditEvent event(int i) {
        return AuditEvent.builder().actor("ci-bot").action("UpdateDashboard").resourceType("dashboard")
                .resourceId("d" + i).outcome(i % 2 == 0 ? AuditOutcome.SUCCESS : AuditOutcome.FAILED)
                .payload(Map.of("name", "Sales " + i)).latencyMillis((long) i).attribute("env", "test")
                .error(i % 2 == 0 ? null : "HTTP 412 access_token=abc123").build();
    }

    private Path today() {
        return dir.resolve("audit-2026-11-22.jsonl");
    }

    private void writeFive() {
        try (JsonlAuditLog log = open()) {
            for (int i = 1; i <= 5; i++) {
                log.append(event(i));
            }
        }
    }

    @Test
    void records_areChained_acrossDaysAndReopening_andVerify() throws IOException {
        try (JsonlAuditLog log = open()) {
            AuditRecord first = log.append(event(1));
            assertThat(first.sequence()).isEqualTo(1);
            assertThat(first.prevHash()).isEqualTo(AuditRecord.GENESIS_HASH);
            assertThat(first.timestamp()).isEqualTo(clock.instant());
            clock.advance(Duration.ofSeconds(5)); // past midnight UTC: a new file
            AuditRecord second = log.append(event(2));
            assertThat(second.prevHash()).isEqualTo(first.hash());
        }
        try (JsonlAuditLog reopened = open()) {
            AuditRecord third = reopened.append(event(3));
            assertThat(third.sequence()).isEqualTo(3);
            assertThat(reopened.lastHash()).isEqualTo(third.hash());
            assertThat(reopened.verify()).isEqualTo(new AuditVerification(true, 3, null));
            assertThat(reopened.read()).extracting(AuditRecord::resourceId).containsExactly("d1", "d2", "d3");
            assertThat(reopened.read().get(0).event().payloadSha256()).isEqualTo(event(1).payloadSha256());
        }
        assertThat(Files.readAllLines(today())).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("audit-2026-11-23.jsonl"))).hasSize(2);
    }

    @Test
    void records_holdHashes_neverPayloadsOrSecrets() throws IOException {
        writeFive();
        String content = Files.readString(today());
        assertThat(content).doesNotContain("Sales ").doesNotContain("abc123").contains("payloadSha256");
    }

    @Test
    void anEditedRecord_isDetected() throws IOException {
        writeFive();
        List<String> lines = new ArrayList<>(Files.readAllLines(today()));
        lines.set(2, lines.get(2).replace("\"d3\"", "\"d99\""));
        Files.write(today(), lines, StandardCharsets.UTF_8);
        AuditVerification v = open().verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.recordsChecked()).isEqualTo(2);
        assertThat(v.problem()).startsWith("audit-2026-11-22.jsonl line 3: record 3 was edited");
    }

    @Test
    void anEditedRecordWithARecomputedHash_breaksTheChainAtTheNextRecord() throws IOException {
        writeFive();
        List<String> lines = new ArrayList<>(Files.readAllLines(today()));
        var tree = io.github.cxonesdk.core.audit.internal.AuditCodec.tree(lines.get(1).replace("\"d2\"", "\"dX\""));
        tree.put("hash", io.github.cxonesdk.core.audit.internal.AuditCodec.hash(tree));
        lines.set(1, tree.toString());
        Files.write(today(), lines, StandardCharsets.UTF_8);
        assertThat(open().verify().problem()).startsWith("audit-2026-11-22.jsonl line 3: record 3 does not chain");
    }

    @Test
    void aRemovedRecord_isDetected() throws IOException {
        writeFive();
        List<String> lines = new ArrayList<>(Files.readAllLines(today()));
        lines.remove(1);
        Files.write(today(), lines, StandardCharsets.UTF_8);
        assertThat(open().verify().problem())
                .isEqualTo("audit-2026-11-22.jsonl line 2: record 3 follows record 1: record 2 was removed");
    }

    @Test
    void aRemovedLastRecord_isDetectedByTheLogThatWroteIt() throws IOException {
        try (JsonlAuditLog log = open()) {
            for (int i = 1; i <= 5; i++) {
                log.append(event(i));
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(today()));
            lines.remove(4);
            Files.write(today(), lines, StandardCharsets.UTF_8);

            AuditVerification v = log.verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.recordsChecked()).isEqualTo(4);
            assertThat(v.problem()).contains("record 5").contains("removed");
        }
    }

    @Test
    void aReplacedLastRecord_isDetectedByTheLogThatWroteIt() throws IOException {
        try (JsonlAuditLog log = open()) {
            for (int i = 1; i <= 5; i++) {
                log.append(event(i));
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(today()));
            var tree = io.github.cxonesdk.core.audit.internal.AuditCodec.tree(lines.get(4).replace("\"d5\"", "\"dX\""));
            tree.put("hash", io.github.cxonesdk.core.audit.internal.AuditCodec.hash(tree));
            lines.set(4, tree.toString());
            Files.write(today(), lines, StandardCharsets.UTF_8);

            assertThat(log.verify().problem()).contains("record 5").contains("replaced");
        }
    }

    @Test
    void swappedRecords_areDetected() throws IOException {
        writeFive();
        List<String> lines = new ArrayList<>(Files.readAllLines(today()));
        Collections.swap(lines, 1, 2);
        Files.write(today(), lines, StandardCharsets.UTF_8);
        assertThat(open().verify().problem()).startsWith("audit-2026-11-22.jsonl line 2: record 3 is out of order");
    }

    @Test
    void aGarbledLine_isReported_andTheLogRefusesToExtendABrokenTail() throws IOException {
        writeFive();
        Files.writeString(today(), "{not json\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(this::open).hasMessageContaining("refusing to extend a broken chain");
    }

    @Test
    void anEmptyDirectory_verifiesAsValid() {
        try (JsonlAuditLog log = open()) {
            assertThat(log.verify()).isEqualTo(new AuditVerification(true, 0, null));
            assertThat(log.lastHash()).isEqualTo(AuditRecord.GENESIS_HASH);
        }
    }
}
