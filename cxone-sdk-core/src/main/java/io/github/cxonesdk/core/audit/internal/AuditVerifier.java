package io.github.cxonesdk.core.audit.internal;

import io.github.cxonesdk.core.audit.AuditRecord;
import io.github.cxonesdk.core.audit.AuditVerification;
import io.github.cxonesdk.core.audit.internal.AuditFiles.Line;
import io.github.cxonesdk.core.internal.Redaction;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a chain of audit lines: every line readable, every record's hash (SHA-256, or HMAC-SHA256
 * under the key), the chain of previous hashes, the sequence numbers, and that the chain ends exactly
 * at the expected tail (the last record the writer wrote, or the persisted head), so records cut off
 * the end, replaced at the end or appended by someone else are caught too.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class AuditVerifier {
    private AuditVerifier() {
    }

    /**
     * Verifies {@code lines}, oldest first.
     *
     * @param lines every line of the log
     * @param key the chain key, or {@code null} for the plain chain
     * @param tail the sequence and hash the chain must end at
     * @return the verification naming the first problem
     */
    public static AuditVerification verify(List<Line> lines, byte[] key, AuditHead tail) {
        long expectedSequence = 1;
        String expectedPrev = AuditRecord.GENESIS_HASH;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.problem() != null) {
                return problem(i, line, line.problem());
            }
            ObjectNode tree;
            AuditRecord record;
            try {
                tree = AuditCodec.tree(line.text());
                record = AuditCodec.record(tree);
            } catch (IllegalArgumentException e) {
                return problem(i, line, "is not an audit record (" + Redaction.text(e.getMessage()) + ")");
            }
            String chainProblem = chainProblem(AuditCodec.chainOf(tree), key != null, record.sequence());
            if (chainProblem != null) {
                return problem(i, line, chainProblem);
            }
            if (!AuditCodec.hash(tree, key).equals(record.hash())) {
                return problem(i, line, "record " + record.sequence() + " was edited: its hash does not match");
            }
            if (record.sequence() != expectedSequence || !record.prevHash().equals(expectedPrev)) {
                return problem(i, line, misplaced(lines, i, record.sequence(), expectedSequence));
            }
            expectedSequence++;
            expectedPrev = record.hash();
        }
        return tailProblem(lines, expectedSequence - 1, expectedPrev, tail);
    }

    private static String chainProblem(String chain, boolean keyed, long sequence) {
        if (keyed && !AuditCodec.HMAC_CHAIN.equals(chain)) {
            return "record " + sequence + " is not keyed (" + Redaction.value(chain, List.of())
                    + "): every record of a keyed log carries an HMAC-SHA256";
        }
        if (!keyed && !AuditCodec.PLAIN_CHAIN.equals(chain)) {
            return "record " + sequence + " belongs to a keyed chain (" + Redaction.value(chain, List.of())
                    + "): open the log with its key to verify it";
        }
        return null;
    }

    private static AuditVerification tailProblem(List<Line> lines, long lastSequence, String lastHash,
                                                 AuditHead tail) {
        long sequence = tail.sequence();
        if (lastSequence < sequence) {
            String where = lines.isEmpty() ? "the audit directory" : lines.get(lines.size() - 1).file()
                    + " after line " + lines.get(lines.size() - 1).number();
            return new AuditVerification(false, lines.size(), where + ": record"
                    + (sequence - lastSequence == 1 ? " " + sequence + " was"
                            : "s " + (lastSequence + 1) + "-" + sequence + " were")
                    + " removed from the end (the log's head is record " + sequence + ")");
        }
        if (lastSequence > sequence) {
            int first = (int) (lines.size() - (lastSequence - sequence));
            return problem(first, lines.get(first), "record" + (lastSequence - sequence == 1 ? " " + lastSequence
                    + " was" : "s " + (sequence + 1) + "-" + lastSequence + " were")
                    + " not written by this log: the log's head is record " + sequence
                    + " (another writer appended, or the head was rolled back)");
        }
        if (!lastHash.equals(tail.hash())) {
            Line line = lines.get(lines.size() - 1);
            return problem(lines.size() - 1, line, "record " + sequence
                    + " was replaced: its hash differs from the log's head");
        }
        return new AuditVerification(true, lines.size(), null);
    }

    private static String misplaced(List<Line> lines, int index, long found, long expected) {
        if (found < expected || laterLineHasSequence(lines, index + 1, expected)) {
            return "record " + found + " is out of order (expected record " + expected + "): records were reordered";
        }
        if (found > expected) {
            return "record " + found + " follows record " + (expected - 1) + ": record"
                    + (found - expected == 1 ? " " + expected + " was" : "s " + expected + "-" + (found - 1) + " were")
                    + " removed";
        }
        return "record " + found + " does not chain to the previous record: a record before it was replaced";
    }

    private static boolean laterLineHasSequence(List<Line> lines, int from, long sequence) {
        for (int i = from; i < lines.size(); i++) {
            try {
                if (lines.get(i).text() != null
                        && AuditCodec.record(AuditCodec.tree(lines.get(i).text())).sequence() == sequence) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // an unreadable line cannot hold the missing record; keep looking
            }
        }
        return false;
    }

    private static AuditVerification problem(int checked, Line line, String what) {
        return new AuditVerification(false, checked, line.file() + " line " + line.number() + ": " + what);
    }
}
