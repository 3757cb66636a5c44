package io.github.cxonesdk.eventbridge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void equalTexts_giveNoDiff() {
        assertThat(UnifiedDiff.diff("a", "b", "x\ny\n", "x\ny\n")).isEmpty();
    }

    @Test
    void changedLine_isShownAsRemovalThenAdditionWithContext() {
        String from = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
        String to = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n";

        assertThat(UnifiedDiff.diff("live/f", "desired/f", from, to)).isEqualTo("""
                --- live/f
                +++ desired/f
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """);
    }

    @Test
    void distantChanges_giveSeparateHunks() {
        String from = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
        String to = "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\n";

        String diff = UnifiedDiff.diff("x", "y", from, to);

        assertThat(diff).contains("@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n")
                .contains("@@ -9,4 +9,4 @@\n i\n j\n k\n-l\n+L\n");
    }

    @Test
    void creation_isAllAdditionsFromDevNull() {
        assertThat(UnifiedDiff.diff("/dev/null", "desired/f", "", "a\nb\n"))
                .isEqualTo("--- /dev/null\n+++ desired/f\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    }

    @Test
    void hugeTexts_diffCoarsely_withinTheTableBound_insteadOfRunningOutOfMemory() {
        // 100,000 x 100,000 lines would be a 40 GB table; the bound keeps it linear
        StringBuilder from = new StringBuilder("same head\n");
        StringBuilder to = new StringBuilder("same head\n");
        for (int i = 0; i < 100_000; i++) {
            from.append("old ").append(i).append('\n');
            to.append("new ").append(i).append('\n');
        }
        from.append("same tail\n");
        to.append("same tail\n");

        String diff = UnifiedDiff.diff("live/f", "desired/f", from.toString(), to.toString());

        assertThat(diff).startsWith("--- live/f\n+++ desired/f\n@@ -1,100002 +1,100002 @@\n same head\n-old 0\n");
        assertThat(diff).contains("\n-old 99999\n+new 0\n").endsWith("+new 99999\n same tail\n");
    }
}
