package io.github.cxonesdk.dashboards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAtEveryLevel_andWhitespaceDropped() {
        Object value = CxoneJson.mapper().readTree("{\"b\": 1, \"a\": {\"z\": [3, {\"y\": \"\\u00e9\", \"x\": null}], \"c\": true}}");
        assertThat(CanonicalJson.of(value)).isEqualTo("{\"a\":{\"c\":true,\"z\":[3,{\"x\":null,\"y\":\"\u00e9\"}]},\"b\":1}");
    }

    @Test
    void equalContentInAnyPropertyOrder_hashesEqual() throws Exception {
        Object first = CxoneJson.mapper().readTree("{\"name\": \"n\", \"layout\": {\"type\": \"grid\", \"columns\": 4}}");
        Object second = CxoneJson.mapper().readTree("{\"layout\": {\"columns\": 4, \"type\": \"grid\"}, \"name\": \"n\"}");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("{\"layout\":{\"columns\":4,\"type\":\"grid\"},\"name\":\"n\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(CanonicalJson.sha256(first)).isEqualTo(expected).isEqualTo(CanonicalJson.sha256(second));
    }
}
