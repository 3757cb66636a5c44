package io.github.cxonesdk.core.auth;

/**
 * How the OAuth client (id and secret) authenticates at the token endpoint.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ClientAuthentication {
    /** {@code client_id} and {@code client_secret} as form fields of the request body. */
    REQUEST_BODY,
    /** {@code Authorization: Basic base64(client_id:client_secret)}. */
    BASIC
}
