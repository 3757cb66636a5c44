/**
 * The SDK's exception tree, rooted at {@link io.github.cxonesdk.core.exception.CxoneException}.
 *
 * <pre>
 * CxoneException
 * ├── CxoneClientException          no usable response (I/O, timeout, (de)serialisation)
 * │   └── PaginationException       a listing repeated a cursor or ran on through empty pages
 * ├── CxoneServiceException         error status: status, errorCode, requestId, retryAfter, attempts
 * │   ├── BadRequestException       400
 * │   ├── UnauthorizedException     401 after one refresh and replay
 * │   ├── ForbiddenException        403, names the missing scope
 * │   ├── NotFoundException         404
 * │   ├── ResourceModifiedException 409 / 412
 * │   ├── ThrottledException        429
 * │   └── ServerException           5xx
 * ├── AuthenticationException       the token endpoint refused
 * ├── AuditStorageException         the audit log's local files failed (I/O, lock, broken chain)
 * ├── ModelValidationException      every violation, before any network call
 * ├── WaiterFailedException         a waiter saw a terminal failure state
 * └── WaiterTimeoutException        a waiter gave up; carries the last state
 * </pre>
 */
package io.github.cxonesdk.core.exception;
