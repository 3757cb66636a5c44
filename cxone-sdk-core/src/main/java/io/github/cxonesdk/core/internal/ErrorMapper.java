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
 * message goes in truncated and redacted; the request body never does.
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
        String errorCode = LenientJson.text(json, "error");
        String message = LenientJson.text(json, "message");
        if (message == null && json == null && !raw.isBlank()) {
            message = raw;
        }
        message = Redaction.text(message, secrets);
        String requestId = response.headers().firstValue("X-Request-Id").orElse(LenientJson.text(json, "requestId"));
        String scope = LenientJson.text(json, "scope");
        int status = response.statusCode();
        ErrorDetails details = new ErrorDetails(status, errorCode, message, requestId, scope, retryAfter, attempts);
        StringBuilder text = new StringBuilder(call.operation()).append(" failed: HTTP ").append(status);
        if (errorCode != null) {
            text.append(' ').append(Redaction.text(errorCode, secrets));
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
