package io.github.cxonesdk.influx.internal;

import io.github.cxonesdk.core.internal.Redaction;

import java.util.Collection;
import java.util.List;

/**
 * Caps text before handing it to core's {@link Redaction#text(String, Collection)}, whose credential patterns
 * backtrack quadratically on long runs of letters (a 64 KiB server body took minutes). Redaction shows only
 * its first {@value Redaction#MAX_TEXT} characters anyway; the cut also drops a trailing prefix of a secret,
 * so a secret split by the cut cannot survive the exact-match masking.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class Scrub {
    /** Characters kept before scrubbing. */
    static final int KEEP = 1_024;

    private Scrub() {
    }

    /**
     * Returns {@code text} capped and scrubbed.
     *
     * @param text the text, may be {@code null}
     * @param secrets exact values to mask
     * @return the printable form, or {@code null}
     */
    public static String text(String text, Collection<String> secrets) {
        if (text == null || text.length() <= KEEP) {
            return Redaction.text(text, secrets);
        }
        String cut = text.substring(0, KEEP);
        for (String secret : secrets) {
            if (secret == null) {
                continue;
            }
            for (int k = Math.min(secret.length() - 1, cut.length()); k > 0; k--) {
                if (cut.regionMatches(cut.length() - k, secret, 0, k)) {
                    cut = cut.substring(0, cut.length() - k);
                    break;
                }
            }
        }
        return Redaction.text(cut + "...(" + text.length() + " chars)", secrets);
    }

    /**
     * Returns {@code text} capped and scrubbed, without extra secrets.
     *
     * @param text the text, may be {@code null}
     * @return the printable form, or {@code null}
     */
    public static String text(String text) {
        return text(text, List.of());
    }
}
