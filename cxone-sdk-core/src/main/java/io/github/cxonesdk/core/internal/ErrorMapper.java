package io.github.cxonesdk.core.internal;

import io.github.cxonesdk.core.exception.CxoneServiceException;
import io.github.cxonesdk.core.exception.ErrorDetails;
import io.github.cxonesdk.core.spi.CallInfo;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import tools.jackson.databind.JsonNode;

/**
 * Turns an error response into the matching {@link CxoneServiceException} subtype. The service's
 * message, error code, request id and scope go in capped and scrubbed of the caller's secrets (all are
 * server-controlled); the request body never does.
 *
 * <p>This class is thread-safe.
 */
public final class ErrorMapper {
    private ErrorMapper() {
    }

    /**
     * Maps an error response.
     *
     * @param call the call
     * @param response the response
     * @param retryAfter the parsed {@code Retry-After}, or {@code null}
     * @param attempts how many attempts were made
     * @param secrets values that must never appear in the message
     * @return the exception
     */
    public static CxoneServiceException map(CallInfo call, HttpResponse<byte[]> response, Duration retryAfter,
                                            int attempts, Collection<String> secrets) {
        String raw = response.body() == null ? "" : new String(response.body(), StandardCharsets.UTF_8);
        JsonNode json = LenientJson.object(raw);
        // every value below is server-controlled: capped and scrubbed before it reaches a message or accessor
        String errorCode = Redaction.value(LenientJson.text(json, "error"), secrets);
        String message = LenientJson.text(json, "message");
        if (message == null && json == null && !raw.isBlank()) {
            message = raw;
        }
        message = Redaction.text(message, secrets);
        String requestId = Redaction.value(response.headers().firstValue("X-Request-Id")
                .orElse(LenientJson.text(json, "requestId")), secrets);
        String scope = Redaction.value(LenientJson.text(json, "scope"), secrets);
        int status = response.statusCode();
        ErrorDetails details = new ErrorDetails(status, errorCode, message, requestId, scope, retryAfter, attempts);
        StringBuilder text = new StringBuilder(call.operation()).append(" failed: HTTP ").append(status);
        if (errorCode != null) {
            text.append(' ').append(errorCode);
        }
        if (message != null) {
            text.append(": ").append(message);
        }
        if (scope != null) {
            text.append(" (missing scope ").append(scope).append(')');
        }
        text.append(" [").append(call.method()).append(' ').append(call.path())
                .append(", requestId=").append(requestId != null ? requestId : call.requestId())
                .append(", attempts=").append(attempts).append(']');
        return CxoneServiceException.of(text.toString(), details);
    }
}
