package io.github.cxonesdk.dashboards.webhook;

import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.json.CxoneJson;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;

/**
 * Verifies and parses webhook deliveries of a subscription created with a secret. The service signs
 * the raw body with HMAC-SHA256 and sends {@code X-CXone-Signature: sha256=<hex>}; this class
 * recomputes the MAC over the exact bytes received and compares in constant time
 * ({@link MessageDigest#isEqual}), so response timing does not leak how much of a forged signature matched.
 *
 * <pre>{@code
 * WebhookReceiver receiver = WebhookReceiver.create(Secret.of(System.getenv("HOOK_SECRET")));
 * // in your HTTP handler, with the body bytes exactly as received:
 * WebhookEvent event = receiver.receive(body, request.getHeader(WebhookReceiver.SIGNATURE_HEADER));
 * }</pre>
 *
 * <p>Verify before parsing, and parse the same bytes you verified. This class is immutable and thread-safe.
 */
public final class WebhookReceiver {
    /** The header that carries the signature. */
    public static final String SIGNATURE_HEADER = "X-CXone-Signature";

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";

    private final SecretKeySpec key;

    private WebhookReceiver(Secret secret) {
        Objects.requireNonNull(secret, "secret == null");
        this.key = new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /**
     * Returns a receiver for deliveries signed with {@code secret}.
     *
     * @param secret the subscription's secret
     * @return the receiver
     * @throws NullPointerException if {@code secret} is {@code null}
     */
    public static WebhookReceiver create(Secret secret) {
        return new WebhookReceiver(secret);
    }

    /**
     * Returns the header value the service sends for {@code body}: {@code sha256=<lower-case hex>}.
     *
     * @param secret the subscription's secret
     * @param body the raw body
     * @return the signature header value
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String sign(Secret secret, byte[] body) {
        return new WebhookReceiver(secret).signature(body);
    }

    /**
     * Tells whether {@code signatureHeader} is the valid signature of {@code body}.
     *
     * @param body the raw body, exactly as received
     * @param signatureHeader the {@code X-CXone-Signature} value, or {@code null} when absent
     * @return {@code true} only for a well-formed, matching signature
     * @throws NullPointerException if {@code body} is {@code null}
     */
    public boolean verify(byte[] body, String signatureHeader) {
        Objects.requireNonNull(body, "body == null");
        if (signatureHeader == null) {
            return false;
        }
        String value = signatureHeader.trim();
        if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return false;
        }
        byte[] provided;
        try {
            provided = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(body), provided);
    }

    /**
     * Verifies {@code body} and parses it into an event.
     *
     * @param body the raw body, exactly as received
     * @param signatureHeader the {@code X-CXone-Signature} value, or {@code null} when absent
     * @return the event
     * @throws WebhookSignatureException if the signature is missing or does not match
     * @throws CxoneClientException if the verified body is not a delivery
     * @throws NullPointerException if {@code body} is {@code null}
     */
    public WebhookEvent receive(byte[] body, String signatureHeader) {
        if (!verify(body, signatureHeader)) {
            throw new WebhookSignatureException(signatureHeader == null
                    ? "webhook delivery has no " + SIGNATURE_HEADER + " header"
                    : "webhook delivery " + SIGNATURE_HEADER + " does not match its body");
        }
        return parse(body);
    }

    /**
     * Parses a body without verifying it; only for subscriptions without a secret.
     *
     * @param body the raw body
     * @return the event
     * @throws CxoneClientException if the body is not a delivery
     * @throws NullPointerException if {@code body} is {@code null}
     */
    public static WebhookEvent parse(byte[] body) {
        Objects.requireNonNull(body, "body == null");
        try {
            WebhookEvent event = CxoneJson.mapper().readValue(body, WebhookEvent.class);
            if (event == null || event.eventType() == null) {
                throw new CxoneClientException("webhook delivery has no eventType");
            }
            return event;
        } catch (JacksonException e) {
            throw new CxoneClientException("webhook delivery is not a valid event JSON object", e);
        }
    }

    private String signature(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(body));
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e); // every JDK ships it
        }
    }
}
