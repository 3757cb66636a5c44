package io.github.cxonesdk.core.exception;

import java.util.Optional;

/**
 * The token endpoint refused to issue a token. Carries the OAuth {@code error} code
 * (for example {@code invalid_client}) and the HTTP status; never the credentials.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class AuthenticationException extends CxoneException {
    private static final long serialVersionUID = 1L;

    /** The token endpoint's HTTP status, or 0 when it gave no response. */
    private final int status;
    /** The OAuth {@code error} code the endpoint sent (capped and redacted), or {@code null}. */
    private final String oauthError;

    /**
     * Creates the exception.
     *
     * @param message what failed, with context
     * @param status the token endpoint's HTTP status, or 0 when it gave no response
     * @param oauthError the OAuth {@code error} code, or {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public AuthenticationException(String message, int status, String oauthError, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.oauthError = oauthError;
    }

    /**
     * Returns the token endpoint's HTTP status.
     *
     * @return the status, or 0 when the endpoint gave no response
     */
    public int status() {
        return status;
    }

    /**
     * Returns the OAuth {@code error} code, such as {@code invalid_client}.
     *
     * @return the code, or empty when the endpoint sent none
     */
    public Optional<String> oauthError() {
        return Optional.ofNullable(oauthError);
    }
}
