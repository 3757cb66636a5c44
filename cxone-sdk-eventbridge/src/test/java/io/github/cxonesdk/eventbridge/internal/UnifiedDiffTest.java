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
}
