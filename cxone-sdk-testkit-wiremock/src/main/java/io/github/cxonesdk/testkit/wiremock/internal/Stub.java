package io.github.cxonesdk.testkit.wiremock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Builders shared by every stub: authenticated requests, JSON answers with request ids, error bodies. */
public final class Stub {
    /** The access token every stubbed API call expects. */
    public static final String ACCESS_TOKEN = "cxone-wm-access-token";
    /** Metadata key marking the stubs this module registers; its value is the kind. */
    public static final String METADATA_KEY = "cxone-sdk-stubs";
    /** Kind of the default stubs (also shipped as mapping files). */
    public static final String DEFAULTS = "defaults";
    /** Kind of stubs added by flows and faults, removed by a reset. */
    public static final String EXTRAS = "extras";

    /** Priority of faults: above everything. */
    public static final int FAULT = 1;
    /** Priority of flow stubs for one resource. */
    public static final int FLOW = 2;
    /** Priority of 404s for unknown ids. */
    public static final int UNKNOWN = 3;
    /** Priority of narrower variants of a call (query flags, invalid bodies). */
    public static final int NARROW = 4;
    /** Priority of the normal answer of a call. */
    public static final int NORMAL = 5;
    /** Priority of a call's fallbacks (stale If-Match, bad cursor). */
    public static final int FALLBACK = 6;
    /** Priority of the 401 catch-alls. */
    public static final int UNAUTHENTICATED = 8;
    /** Priority of the 404 for unknown paths. */
    public static final int LAST = 9;

    /**
     * The {@code X-Request-Id} answered (and put in error bodies): the client's own when it sent a plain
     * one (as the simulator does; anything else could break the JSON it is echoed into), else one derived
     * from WireMock's request id.
     */
    public static final String REQUEST_ID =
            "{{#if request.headers.X-Request-Id}}{{#if (matches request.headers.X-Request-Id '[A-Za-z0-9._:-]{1,200}')}}"
                    + "{{request.headers.X-Request-Id}}{{else}}wm-{{request.id}}{{/if}}{{else}}wm-{{request.id}}{{/if}}";

    private Stub() {
    }

    /**
     * Starts an authenticated request of a route.
     *
     * @param route the call
     * @return a builder matching the method, the path and the bearer token
     */
    public static MappingBuilder api(Route route) {
        return api(route.method(), route.path());
    }

    /**
     * Starts an authenticated request.
     *
     * @param method HTTP method
     * @param path   path regular expression
     * @return a builder matching the method, the path and the bearer token
     */
    public static MappingBuilder api(String method, String path) {
        return request(method, urlPathMatching(path)).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN));
    }

    /**
     * Returns a templated JSON answer with {@code X-Request-Id}.
     *
     * @param status HTTP status
     * @param body   JSON body (a Handlebars template)
     * @return the response builder
     */
    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", REQUEST_ID)
                .withBody(body)
                .withTransformers("response-template");
    }

    /**
     * Returns a bodiless answer with {@code X-Request-Id}.
     *
     * @param status HTTP status
     * @return the response builder
     */
    public static ResponseDefinitionBuilder empty(int status) {
        return aResponse().withStatus(status).withHeader("X-Request-Id", REQUEST_ID).withTransformers("response-template");
    }

    /**
     * Returns an error answer of API.md: {@code {"error","message","requestId"}} and {@code X-Request-Id}.
     *
     * @param status  HTTP status
     * @param code    the {@code error} code
     * @param message the message (a template; no quotes)
     * @return the response builder
     */
    public static ResponseDefinitionBuilder error(int status, String code, String message) {
        return json(status, "{\"error\": \"" + code + "\", \"message\": \"" + message + "\", \"requestId\": \""
                + REQUEST_ID + "\"}");
    }

    /**
     * Finishes a stub with a stable name, id, priority and metadata, so the generated mapping files
     * do not change between builds.
     *
     * @param name     stable name
     * @param priority WireMock priority (1 wins)
     * @param kind     {@link #DEFAULTS} or {@link #EXTRAS}
     * @param builder  the stub
     * @return the stub mapping
     */
    public static StubMapping build(String name, int priority, String kind, MappingBuilder builder) {
        return builder.withName(name)
                .withId(UUID.nameUUIDFromBytes(("cxone-sdk-stubs:" + name).getBytes(StandardCharsets.UTF_8)))
                .atPriority(priority)
                .withMetadata(Map.of(METADATA_KEY, kind))
                .build();
    }
}
